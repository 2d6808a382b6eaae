using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Domain.Seeding;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Activities.Tests.Screening;

/// <summary>ListCheck in a flow against the seeded lists and customers.</summary>
public sealed class ListCheckTests : IAsyncLifetime
{
    private ActivityHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ActivityHost.StartAsync();
        await _host.PublishAsync(new FlowBuilder("screen")
            .Variable("caller").Variable("reason").Variable("branch")
            .Activity("start", "Start")
            .Activity("check", "ListCheck", new { callerNumber = "{{ caller }}", reason = "reason" })
            .Activity("busy", "SetVariable", new { variable = "branch", value = "busy and hang up" })
            .Activity("vip", "SetVariable", new { variable = "branch", value = "vip queue" })
            .Activity("menu", "SetVariable", new { variable = "branch", value = "main menu" })
            .Connect("start", "check")
            .Connect("check", "Blocked", "busy").Connect("check", "Vip", "vip").Connect("check", "Normal", "menu")
            .Build());
    }

    [Theory]
    [InlineData(DemoIvrData.BlacklistedCaller, "busy and hang up", "骚扰电话 / harassing caller")]
    [InlineData(DemoIvrData.WhitelistedCaller, "vip queue", "人大代表 / deputy, priority line")]
    [InlineData(DemoIvrData.VipCaller, "vip queue", "VIP customer")]
    [InlineData(DemoIvrData.PlainCaller, "main menu", null)]
    [InlineData("02012345678", "main menu", null)]
    public async Task The_caller_takes_the_branch_of_the_lists(string caller, string branch, string? reason)
    {
        var run = await _host.RunAsync("screen", new() { ["caller"] = caller });
        Assert.Equal((branch, reason), ((string?)run.Instance!.Variables["branch"], (string?)run.Instance.Variables["reason"]));
    }

    [Fact]
    public async Task A_number_blacklisted_while_the_flow_is_live_is_blocked_on_the_next_call()
    {
        Assert.Equal("main menu", (await _host.RunAsync("screen", new() { ["caller"] = "13012345678" })).Instance!.Variables["branch"]);
        await using (var db = await _host.DbAsync())
        {
            db.ListEntries.Add(new Domain.Lists.ListEntry { Kind = Domain.Lists.ListKind.Blacklist, Pattern = "130*", Reason = "range" });
            await db.SaveChangesAsync();
        }
        Assert.Equal("busy and hang up", (await _host.RunAsync("screen", new() { ["caller"] = "13012345678" })).Instance!.Variables["branch"]);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
