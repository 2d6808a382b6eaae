using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Domain.Tickets;
using CallCenter.Engine.Models;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Serialization;
using CallCenter.Engine.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Activities.Tests.Tickets;

/// <summary>CreateTicket in a flow: a stored ticket, its number in a variable the next prompt can read.</summary>
public sealed class CreateTicketTests : IAsyncLifetime
{
    private ActivityHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ActivityHost.StartAsync();
        await _host.PublishAsync(new FlowBuilder("complaint")
            .Variable("caller").Variable("recording").Variable("ticket_number").Variable("prompt")
            .Activity("start", "Start")
            .Activity("ticket", "CreateTicket", new { category = "complaint", callerNumber = "{{ caller }}", recordingPath = "{{ recording }}", description = "投诉来电 {{ caller }}", ticketNumber = "ticket_number" })
            .Activity("say", "SetVariable", new { variable = "prompt", value = "您的工单号是 {{ ticket_number }}" })
            .Chain("start", "ticket", "say")
            .Build());
    }

    [Fact]
    public async Task Each_call_gets_the_next_number_of_the_day_and_the_ticket_is_stored_with_the_call_data()
    {
        var first = await _host.RunAsync("complaint", new() { ["caller"] = "13900139000", ["recording"] = "recordings/2026/11/25/a.wav" });
        var second = await _host.RunAsync("complaint", new() { ["caller"] = "13700137000", ["recording"] = "" });

        Assert.Equal("您的工单号是 T20261125-0001", first.Instance!.Variables["prompt"]);
        Assert.Equal("T20261125-0002", second.Instance!.Variables["ticket_number"]);
        await using var db = await _host.DbAsync();
        var stored = await db.Tickets.SingleAsync(t => t.Number == "T20261125-0001");
        Assert.Equal(("complaint", "13900139000", "recordings/2026/11/25/a.wav", "投诉来电 13900139000", TicketStatus.New, first.InstanceId),
            (stored.Category, stored.CallerNumber, stored.RecordingPath, stored.Description, stored.Status, stored.WorkflowInstanceId));
        Assert.Null((await db.Tickets.SingleAsync(t => t.Number == "T20261125-0002")).RecordingPath);
    }

    [Fact]
    public async Task The_number_date_is_the_centers_local_date_not_UTC()
    {
        _host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 16, 30, 0, TimeSpan.Zero)); // 00:30 on the 26th in Shanghai
        Assert.Equal("T20261126-0001", (await _host.RunAsync("complaint", new() { ["caller"] = "1", ["recording"] = "" })).Instance!.Variables["ticket_number"]);
    }

    [Fact]
    public async Task A_ticket_made_by_a_flow_starts_the_shipped_ticket_reminder_for_that_ticket()
    {
        var reminder = WorkflowJson.Parse(await File.ReadAllTextAsync(ShippedFlow("ticket-reminder.json"))).Definition!;
        await _host.PublishAsync(reminder);

        var call = await _host.RunAsync("complaint", new() { ["caller"] = "13900139000", ["recording"] = "" });

        var number = (string)call.Instance!.Variables["ticket_number"]!;
        var waiting = Assert.Single(await _host.Get<IInstanceStore>().QueryAsync(new InstanceQuery(DefinitionId: "ticket-reminder")));
        Assert.Equal(WorkflowStatus.Suspended, waiting.Status); // waiting for the reminder time or the ticket's closing
        Assert.Equal(number, ((IDictionary<string, object?>)waiting.Variables["ticket"]!)["id"]);
    }

    private static string ShippedFlow(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "workflows", name))) return Path.Combine(dir.FullName, "workflows", name);
        throw new FileNotFoundException($"workflows/{name} not found above {AppContext.BaseDirectory}");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
