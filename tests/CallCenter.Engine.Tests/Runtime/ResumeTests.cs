using CallCenter.Engine.Activities;
using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;
using static CallCenter.Engine.Tests.TestSupport.FlowBuilder;

namespace CallCenter.Engine.Tests.Runtime;

public sealed class ResumeTests : IAsyncLifetime
{
    private readonly EngineHost _host = EngineHost.Create();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Resume_by_bookmark_id_continues_the_instance_with_the_given_input()
    {
        await _host.PublishAsync(new FlowBuilder("ask")
            .Variable("answer")
            .Activity("start", "Start")
            .Activity("wait", "Event", new { eventName = "Answer", payload = "answer" })
            .Activity("probe", "Probe", new { value = "got {{ answer }}" })
            .Chain("start", "wait", "probe")
            .Build());
        var run = await _host.StartAsync("ask");
        var bookmark = Assert.Single(run.Bookmarks);
        Assert.Equal(("wait", "Event", "Answer", run.InstanceId), (bookmark.ActivityId, bookmark.Type, bookmark.CorrelationKey, bookmark.InstanceId));

        var resumed = await _host.Runtime.ResumeAsync(bookmark.Id, "yes");

        Assert.Equal(RunOutcome.Resumed, resumed.Outcome);
        Assert.Equal(WorkflowStatus.Finished, resumed.Status);
        Assert.Equal("yes", resumed.Instance!.Variables["answer"]);
        Assert.Equal("got yes", Assert.Single(_host.Probes.Hits).Value);
    }

    [Fact]
    public async Task A_bookmark_resumed_a_second_time_runs_nothing()
    {
        await _host.PublishAsync(new FlowBuilder("once")
            .Activity("start", "Start")
            .Activity("wait", "Event", new { eventName = "Go" })
            .Activity("probe", "Probe")
            .Chain("start", "wait", "probe")
            .Build());
        var bookmark = (await _host.StartAsync("once")).Bookmarks.Single().Id;

        var first = await _host.Runtime.ResumeAsync(bookmark);
        var second = await _host.Runtime.ResumeAsync(bookmark);

        Assert.Equal(RunOutcome.Resumed, first.Outcome);
        Assert.Equal(RunOutcome.NotFound, second.Outcome);
        Assert.False(second.Ran);
        Assert.Equal(1, _host.Probes.Count("probe"));
    }

    [Fact]
    public async Task Resume_of_an_unknown_bookmark_reports_NotFound()
    {
        var result = await _host.Runtime.ResumeAsync("no-such-bookmark");

        Assert.Equal(RunOutcome.NotFound, result.Outcome);
        Assert.Null(result.Instance);
    }

    /// <summary>Started by TicketCreated; waits for TicketClosed of the same ticket only.</summary>
    private static WorkflowDefinition TicketFlow() => new FlowBuilder("ticket")
        .Variable("ticket", VariableType.Object)
        .Variable("ticket_id")
        .Variable("closed", VariableType.Object)
        .Activity("created", "Event", new { eventName = "TicketCreated", payload = "ticket" })
        .Activity("remember", "SetVariable", new { variable = "ticket_id", value = Expr("ticket.id") })
        .Activity("wait-close", "Event", new { eventName = "TicketClosed", correlation = "{{ ticket_id }}", payload = "closed" })
        .Activity("survey", "Probe", new { name = "survey", value = "{{ ticket_id }} by {{ closed.by }}" })
        .Chain("created", "remember", "wait-close", "survey")
        .Build();

    private async Task<RunResult> OpenTicketAsync(string id) =>
        Assert.Single(await _host.Runtime.StartByTriggerAsync(Event.BookmarkType, "TicketCreated",
            new StartOptions(Input: new Dictionary<string, object?> { ["id"] = id })));

    [Fact]
    public async Task Event_waits_under_a_correlation_key_made_of_its_name_and_the_rendered_correlation()
    {
        await _host.PublishAsync(TicketFlow());

        var run = await OpenTicketAsync("T-42");

        var bookmark = Assert.Single(run.Bookmarks);
        Assert.Equal(Event.Key("TicketClosed", "T-42"), bookmark.CorrelationKey);
        Assert.Equal("TicketClosed:T-42", bookmark.CorrelationKey);
    }

    [Fact]
    public async Task Resume_by_stimulus_resumes_only_the_instance_waiting_for_that_correlation()
    {
        await _host.PublishAsync(TicketFlow());
        var t41 = await OpenTicketAsync("T-41");
        var t42 = await OpenTicketAsync("T-42");

        var results = await _host.Runtime.ResumeByStimulusAsync(Event.BookmarkType, Event.Key("TicketClosed", "T-42"),
            new Dictionary<string, object?> { ["by"] = "agent 7" });

        var resumed = Assert.Single(results);
        Assert.Equal(t42.InstanceId, resumed.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, resumed.Status);
        Assert.Equal("T-42 by agent 7", Assert.Single(_host.Probes.Hits).Value);
        Assert.Equal(WorkflowStatus.Suspended, (await _host.Runtime.GetInstanceAsync(t41.InstanceId!))!.Status);
    }

    [Fact]
    public async Task Resume_by_stimulus_resumes_every_instance_waiting_for_it()
    {
        await _host.PublishAsync(new FlowBuilder("broadcast")
            .Activity("start", "Start")
            .Activity("wait", "Event", new { eventName = "ShiftEnded" })
            .Activity("probe", "Probe")
            .Chain("start", "wait", "probe")
            .Build());
        for (var i = 0; i < 3; i++) await _host.StartAsync("broadcast");

        var results = await _host.Runtime.ResumeByStimulusAsync(Event.BookmarkType, "ShiftEnded");

        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.Equal(RunOutcome.Resumed, r.Outcome));
        Assert.Equal(3, _host.Probes.Count("probe"));
        Assert.Empty(await _host.Runtime.ResumeByStimulusAsync(Event.BookmarkType, "ShiftEnded"));
    }

    [Fact]
    public async Task A_stimulus_nobody_waits_for_resumes_nothing()
    {
        await _host.PublishAsync(TicketFlow());
        await OpenTicketAsync("T-1");

        var results = await _host.Runtime.ResumeByStimulusAsync(Event.BookmarkType, Event.Key("TicketClosed", "T-999"));

        Assert.Empty(results);
        Assert.Empty(_host.Probes.Hits);
    }
}
