using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Domain.Seeding;
using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;
using static CallCenter.Engine.Tests.TestSupport.FlowBuilder;

namespace CallCenter.Activities.Tests.Customers;

/// <summary>
/// VerifyPin in the prepaid-card loop: the caller's PIN entries are given as a list (the telephony
/// GatherDigits will supply them one by one later); Retry loops back to take the next entry.
/// </summary>
public sealed class VerifyPinTests : IAsyncLifetime
{
    private ActivityHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ActivityHost.StartAsync();
        await _host.PublishAsync(new FlowBuilder("card")
            .Variable("card").Variable("entries", VariableType.Array).Variable("pin").Variable("pin_attempts", VariableType.Number, 0)
            .Variable("result").Variable("customer", VariableType.Object)
            .Activity("start", "Start")
            .Activity("gather", "SetVariable", new { variable = "pin", value = Expr("entries[pin_attempts]") })
            .Activity("verify", "VerifyPin", new { memberNumber = "{{ card }}", pin = "{{ pin }}", maxAttempts = 3, customer = "customer" })
            .Activity("balance", "SetVariable", new { variable = "result", value = "verified {{ customer.name }}" })
            .Activity("operator", "SetVariable", new { variable = "result", value = "failed" })
            .Chain("start", "gather", "verify")
            .Connect("verify", "Retry", "gather")
            .Connect("verify", "Verified", "balance")
            .Connect("verify", "Failed", "operator")
            .Build());
    }

    [Fact]
    public async Task The_right_PIN_after_a_wrong_one_is_Verified_and_the_counter_is_reset()
    {
        var run = await _host.RunAsync("card", new() { ["card"] = DemoIvrData.Card2, ["entries"] = new List<object?> { "0000", DemoIvrData.Card2Pin } });
        Assert.Equal("verified 李娜", run.Instance!.Variables["result"]);
        Assert.Equal(0L, Convert.ToInt64(run.Instance.Variables["pin_attempts"]));
        Assert.Equal(["Retry", "Verified"], (await _host.PathAsync(run.InstanceId!)).Where(s => s.Activity == "verify").Select(s => s.Outcome));
    }

    [Fact]
    public async Task Three_wrong_PINs_take_Failed_on_the_third()
    {
        var run = await _host.RunAsync("card", new() { ["card"] = DemoIvrData.Card1, ["entries"] = new List<object?> { "1111", "2222", "3333", DemoIvrData.Card1Pin } });
        Assert.Equal("failed", run.Instance!.Variables["result"]);
        Assert.Equal(3L, Convert.ToInt64(run.Instance.Variables["pin_attempts"]));
        Assert.Equal(["Retry", "Retry", "Failed"], (await _host.PathAsync(run.InstanceId!)).Where(s => s.Activity == "verify").Select(s => s.Outcome));
    }

    [Fact]
    public async Task A_PIN_of_another_card_does_not_open_this_one()
    {
        var run = await _host.RunAsync("card", new() { ["card"] = DemoIvrData.Card1, ["entries"] = new List<object?> { DemoIvrData.Card2Pin, "", "9" } });
        Assert.Equal("failed", run.Instance!.Variables["result"]);
        Assert.False(run.Instance.Variables.ContainsKey("customer") && run.Instance.Variables["customer"] is not null);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
