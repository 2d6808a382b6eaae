using CallCenter.Engine.Activities;
using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Engine.Tests.Runtime;

public sealed class TriggerTests : IAsyncLifetime
{
    private readonly EngineHost _host = EngineHost.Create();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static WorkflowDefinition OnEvent(string id, string eventName) => new FlowBuilder(id)
        .Variable("ticket", VariableType.Object)
        .Activity("trigger", "Event", new { eventName, payload = "ticket" })
        .Activity("probe", "Probe", new { name = id, value = "{{ ticket.id }}" })
        .Chain("trigger", "probe")
        .Build();

    [Fact]
    public async Task Publishing_indexes_the_start_event_by_its_name()
    {
        await _host.PublishAsync(OnEvent("on-created", "TicketCreated"));

        var trigger = Assert.Single(await _host.DefinitionStore.FindTriggersAsync(Event.BookmarkType, "TicketCreated"));

        Assert.Equal(new TriggerRecord("on-created", 1, "trigger", "Event", "TicketCreated", null), trigger);
        Assert.Empty(await _host.DefinitionStore.FindTriggersAsync(Event.BookmarkType, "TicketClosed"));
    }

    [Fact]
    public async Task Start_by_trigger_starts_only_the_flow_whose_event_matches_and_hands_it_the_payload()
    {
        await _host.PublishAsync(OnEvent("on-created", "TicketCreated"));
        await _host.PublishAsync(OnEvent("on-closed", "TicketClosed"));

        var runs = await _host.Runtime.StartByTriggerAsync(Event.BookmarkType, "TicketCreated",
            new StartOptions(Input: new Dictionary<string, object?> { ["id"] = 42 }));

        var run = Assert.Single(runs);
        Assert.Equal(RunOutcome.Started, run.Outcome);
        Assert.Equal("on-created", run.Instance!.DefinitionId);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
        var hit = Assert.Single(_host.Probes.Hits);
        Assert.Equal(("on-created", "42"), (hit.Name, hit.Value));
    }

    [Fact]
    public async Task Every_flow_sharing_a_trigger_starts_its_own_instance()
    {
        await _host.PublishAsync(OnEvent("notify-agent", "TicketCreated"));
        await _host.PublishAsync(OnEvent("notify-customer", "TicketCreated"));

        var runs = await _host.Runtime.StartByTriggerAsync(Event.BookmarkType, "TicketCreated",
            new StartOptions(Input: new Dictionary<string, object?> { ["id"] = 1 }, InstanceId: "fixed"));

        Assert.Equal(["notify-agent", "notify-customer"], runs.Select(r => r.Instance!.DefinitionId).Order());
        Assert.Equal(2, runs.Select(r => r.InstanceId).Distinct().Count());
    }

    [Fact]
    public async Task An_event_no_flow_starts_on_starts_nothing()
    {
        await _host.PublishAsync(OnEvent("on-created", "TicketCreated"));

        var runs = await _host.Runtime.StartByTriggerAsync(Event.BookmarkType, "CallEnded");

        Assert.Empty(runs);
        Assert.Empty(_host.Probes.Hits);
    }

    [Fact]
    public async Task The_trigger_index_follows_the_published_version()
    {
        await _host.PublishAsync(OnEvent("follow-up", "TicketCreated"));
        await _host.PublishAsync(OnEvent("follow-up", "TicketEscalated"));

        var stale = await _host.Runtime.StartByTriggerAsync(Event.BookmarkType, "TicketCreated");
        var current = await _host.Runtime.StartByTriggerAsync(Event.BookmarkType, "TicketEscalated");

        Assert.Empty(stale);
        Assert.Equal(2, Assert.Single(current).Instance!.Version);
        Assert.Equal(2, Assert.Single(await _host.DefinitionStore.FindTriggersAsync(Event.BookmarkType, "TicketEscalated")).Version);
    }

    [Fact]
    public async Task A_flow_started_by_Start_is_not_in_the_trigger_index()
    {
        await _host.PublishAsync(new FlowBuilder("plain").Activity("start", "Start").Build());

        Assert.Empty(await _host.DefinitionStore.ListTriggersAsync(Event.BookmarkType));
        Assert.Empty(await _host.DefinitionStore.ListTriggersAsync(Activities.Timer.TriggerType));
    }

    [Fact]
    public async Task A_cron_timer_start_is_indexed_and_its_trigger_starts_the_flow_without_waiting()
    {
        await _host.PublishAsync(new FlowBuilder("morning-report")
            .Activity("every-morning", "Timer", new { cron = "0 9 * * 1-5" })
            .Activity("report", "Probe", new { name = "report" })
            .Chain("every-morning", "report")
            .Build());

        var trigger = Assert.Single(await _host.DefinitionStore.ListTriggersAsync(Activities.Timer.TriggerType));
        var run = Assert.Single(await _host.Runtime.StartByTriggerAsync(trigger.Type, trigger.Key));

        Assert.Equal(("morning-report", "every-morning", "0 9 * * 1-5"), (trigger.DefinitionId, trigger.ActivityId, trigger.Key));
        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(1, _host.Probes.Count("report"));
    }

    [Fact]
    public async Task Publish_listeners_hear_of_each_published_version_with_its_triggers_and_never_of_an_invalid_one()
    {
        var listener = new RecordingPublishListener();
        await using var host = EngineHost.Create(services: s => s.AddSingleton<IPublishListener>(listener));
        var flow = new FlowBuilder("morning-report")
            .Activity("every-morning", "Timer", new { cron = "0 9 * * 1-5" })
            .Activity("report", "Probe")
            .Chain("every-morning", "report");

        await host.PublishAsync(flow.Build());
        await host.Definitions.PublishAsync(flow.Activity("broken", "Nope").Connect("report", "broken").Build());

        var (definition, triggers) = Assert.Single(listener.Calls);
        Assert.Equal(("morning-report", 1, true), (definition.Id, definition.Version, definition.IsPublished));
        Assert.Equal(("Cron", "0 9 * * 1-5"), (Assert.Single(triggers).Type, triggers[0].Key));
    }

    private sealed class RecordingPublishListener : IPublishListener
    {
        public List<(WorkflowDefinition Definition, IReadOnlyList<TriggerRecord> Triggers)> Calls { get; } = [];

        public Task OnPublishedAsync(WorkflowDefinition definition, IReadOnlyList<TriggerRecord> triggers, CancellationToken ct)
        {
            Calls.Add((definition, triggers));
            return Task.CompletedTask;
        }
    }
}
