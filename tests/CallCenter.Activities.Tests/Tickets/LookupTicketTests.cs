using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Domain.Seeding;
using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Activities.Tests.Tickets;

/// <summary>LookupTicket in the hotline's "3 — complaint status" branch against the seeded tickets.</summary>
public sealed class LookupTicketTests : IAsyncLifetime
{
    private ActivityHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ActivityHost.StartAsync();
        await _host.PublishAsync(new FlowBuilder("status")
            .Variable("digits").Variable("ticket", VariableType.Object).Variable("prompt")
            .Activity("start", "Start")
            .Activity("find", "LookupTicket", new { ticketNumber = "{{ digits }}", ticket = "ticket" })
            .Activity("say", "SetVariable", new { variable = "prompt", value = "工单{{ ticket.number }}的状态是{{ ticket.status_zh }}" })
            .Activity("unknown", "SetVariable", new { variable = "prompt", value = "没有找到该工单" })
            .Connect("start", "find").Connect("find", "Found", "say").Connect("find", "NotFound", "unknown")
            .Build());
    }

    [Theory]
    [InlineData("202611010001#", "工单T20261101-0001的状态是处理中")]
    [InlineData("202611010002", "工单T20261101-0002的状态是已办结")]
    [InlineData("t20261101-0003", "工单T20261101-0003的状态是已受理")]
    [InlineData("202611019999", "没有找到该工单")]
    [InlineData("12", "没有找到该工单")]
    public async Task The_keyed_number_finds_the_seeded_ticket_and_its_status_words(string digits, string prompt) =>
        Assert.Equal(prompt, (await _host.RunAsync("status", new() { ["digits"] = digits })).Instance!.Variables["prompt"]);

    [Fact]
    public async Task A_ticket_created_by_a_flow_is_found_by_its_digits()
    {
        await _host.PublishAsync(new FlowBuilder("create").Variable("n")
            .Activity("start", "Start").Activity("t", "CreateTicket", new { category = "report", ticketNumber = "n" }).Chain("start", "t").Build());
        var number = (string)(await _host.RunAsync("create")).Instance!.Variables["n"]!;
        var digits = number.Replace("T", "").Replace("-", "");
        Assert.Equal($"工单{number}的状态是已受理", (await _host.RunAsync("status", new() { ["digits"] = digits })).Instance!.Variables["prompt"]);
        Assert.Equal(DemoIvrData.InProgressTicket.Length, number.Length);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
