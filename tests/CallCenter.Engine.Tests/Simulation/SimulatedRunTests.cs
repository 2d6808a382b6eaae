using CallCenter.Engine.Extensions;
using CallCenter.Engine.Persistence.InMemory;
using Microsoft.Extensions.DependencyInjection;
using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;
using static CallCenter.Engine.Tests.TestSupport.FlowBuilder;

namespace CallCenter.Engine.Tests.Simulation;

/// <summary>
/// The designer's simulator on the engine (<see cref="IWorkflowRuntime.SimulateAsync"/>): a draft runs without being
/// published, each step is reported, the flow sees the simulated clock, activities with an external effect take the
/// chosen outcome instead of running, and resumes and sub-flows stay under the same simulation.
/// The engine's clock starts at 08:00 Asia/Shanghai (00:00 UTC).
/// </summary>
public sealed class SimulatedRunTests : IAsyncLifetime
{
    private readonly EngineHost _host = EngineHost.Create(services: s => s.AddActivity<SendLetter>());

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private int SimulatedCount => ((WorkflowRuntime)_host.Runtime).SimulatedCount;

    private static FlowBuilder Greeting(string id = "draft") => new FlowBuilder(id)
        .Variable("greeting")
        .Activity("start", "Start")
        .Activity("greet", "SetVariable", new { variable = "greeting", value = "Hello {{ caller }}" })
        .Activity("done", "Probe", new { name = "done", value = "{{ greeting }}" })
        .Chain("start", "greet", "done");

    private static StartOptions Under(RecordingSimulation simulation, string caller = "13800000001") =>
        new(new Dictionary<string, object?> { ["caller"] = caller }, Simulation: simulation);

    [Fact]
    public async Task A_saved_draft_runs_under_a_simulation_and_stays_unpublished()
    {
        var saved = await _host.Definitions.SaveDraftAsync(Greeting().Build());
        var draft = await _host.DefinitionStore.FindAsync("draft", saved.Version);
        var simulation = new RecordingSimulation();

        var run = await _host.Runtime.SimulateAsync(draft!, Under(simulation));

        Assert.Equal(RunOutcome.Started, run.Outcome);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(saved.Version, run.Instance!.Version);
        Assert.Equal("Hello 13800000001", Assert.Single(_host.Probes.Hits).Value);
        // Nothing was published (or cached as published) by the simulation.
        var started = await _host.Runtime.StartAsync("draft");
        Assert.Equal(RunOutcome.NotFound, started.Outcome);
        Assert.Null(await _host.DefinitionStore.FindPublishedAsync("draft"));
    }

    [Fact]
    public async Task A_definition_that_does_not_compile_is_not_run_and_the_errors_are_the_message()
    {
        var broken = new FlowBuilder("broken")
            .Activity("start", "Start")
            .Activity("mystery", "NoSuchActivity")
            .Chain("start", "mystery")
            .Build();
        var simulation = new RecordingSimulation();

        var run = await _host.Runtime.SimulateAsync(broken, Under(simulation));

        Assert.Equal(RunOutcome.NotFound, run.Outcome);
        Assert.Null(run.Instance);
        Assert.Contains("does not compile", run.Message);
        Assert.Contains("NoSuchActivity", run.Message);
        Assert.Empty(simulation.Events);
        Assert.Equal(0, SimulatedCount);
    }

    [Fact]
    public async Task Each_step_is_reported_as_it_starts_and_as_it_ends_with_its_outcome_and_the_variables_after_it()
    {
        var simulation = new RecordingSimulation();

        var run = await _host.Runtime.SimulateAsync(Greeting().Build(), Under(simulation));

        Assert.Equal(["start started", "start Done", "greet started", "greet Done", "done started", "done Done"], simulation.Events);
        Assert.All(simulation.Started, s => Assert.Equal((run.InstanceId, "draft"), (s.InstanceId, s.DefinitionId)));
        Assert.Equal(["Start", "SetVariable", "Probe"], simulation.Started.Select(s => s.ActivityType));
        var ended = simulation.Ended;
        Assert.Null(ended[0].Variables["greeting"]);
        Assert.Equal("Hello 13800000001", ended[1].Variables["greeting"]);
        Assert.Equal("13800000001", ended[1].Variables["caller"]);
        // The journal the engine stored is what the simulation was told.
        Assert.Equal(await _host.JournalAsync(run.InstanceId!), ended.Select(e => e.Entry));
    }

    [Fact]
    public async Task The_flow_sees_the_simulated_time_of_day_in_the_center_zone()
    {
        // 13:45 UTC is 21:45 in Shanghai; the engine's own clock says 08:00 there, and the host's zone is neither.
        var clock = new ShiftedClock(_host.Time, TimeSpan.FromHours(13.75));
        var simulation = new RecordingSimulation(clock);
        var flow = new FlowBuilder("evening")
            .Variable("by_date").Variable("by_now")
            .Activity("start", "Start")
            .Activity("date", "SetVariable", new { variable = "by_date", value = "{{ date.now | date.to_string '%H:%M' }}" })
            .Activity("now", "SetVariable", new { variable = "by_now", value = "{{ now | date.to_string '%H:%M' }}" })
            .Chain("start", "date", "now")
            .Build();

        var run = await _host.Runtime.SimulateAsync(flow, Under(simulation));

        Assert.Equal(("21:45", "21:45"), (run.Instance!.Variables["by_date"], run.Instance.Variables["by_now"]));
        Assert.All(simulation.Ended, e => Assert.Equal(clock.GetUtcNow(), e.Entry.StartedAt));
    }

    [Fact]
    public async Task An_activity_with_an_external_effect_is_not_executed_and_the_chosen_outcome_is_followed()
    {
        var simulation = new RecordingSimulation { Choices = { ["letter"] = SendLetter.BouncedOutcome } };
        var flow = new FlowBuilder("mail")
            .Activity("start", "Start")
            .Activity("letter", "SendLetter")
            .Activity("sent", "Probe", new { name = "sent" })
            .Activity("bounced", "Probe", new { name = "bounced" })
            .Connect("start", "letter").Connect("letter", "Sent", "sent").Connect("letter", "Bounced", "bounced")
            .Build();

        var run = await _host.Runtime.SimulateAsync(flow, Under(simulation));

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(0, _host.Probes.Count(SendLetter.ExecutedProbe));
        Assert.Equal((0, 1), (_host.Probes.Count("sent"), _host.Probes.Count("bounced")));
        var asked = Assert.Single(simulation.Asked);
        Assert.Equal(("letter", "SendLetter"), (asked.ActivityId, asked.ActivityType));
        Assert.Equal(["Sent", "Bounced", "Error"], asked.Outcomes);
        Assert.Contains(("letter", "Bounced"), (await _host.JournalAsync(run.InstanceId!)).Select(j => (j.ActivityId, j.Outcome)));
    }

    [Fact]
    public async Task Choosing_an_outcome_the_activity_does_not_have_faults_the_run_with_a_message_naming_it()
    {
        var simulation = new RecordingSimulation { Choices = { ["letter"] = "Lost" } };
        var flow = new FlowBuilder("mail")
            .Activity("start", "Start")
            .Activity("letter", "SendLetter")
            .Activity("sent", "Probe", new { name = "sent" })
            .Connect("start", "letter").Connect("letter", "Sent", "sent")
            .Build();

        var run = await _host.Runtime.SimulateAsync(flow, Under(simulation));

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        var incident = Assert.Single(run.Incidents);
        Assert.Equal("letter", incident.ActivityId);
        Assert.Contains("'Lost'", incident.Message);
        Assert.Equal(0, _host.Probes.Count(SendLetter.ExecutedProbe) + _host.Probes.Count("sent"));
        Assert.Equal("letter Error", simulation.Events[^1]);
        Assert.Equal(0, SimulatedCount);
    }

    [Fact]
    public async Task A_suspended_draft_resumes_under_its_simulation_on_the_draft_it_started_on()
    {
        // The designer's draft as edited (after the saved version): only the simulation knows it.
        var saved = await _host.Definitions.SaveDraftAsync(WaitThenProbe("saved").Build());
        var edited = WaitThenProbe("edited").Build();
        edited.Version = saved.Version;
        var clock = new ShiftedClock(_host.Time, TimeSpan.FromHours(13.75));
        var simulation = new RecordingSimulation(clock);

        var run = await _host.Runtime.SimulateAsync(edited, Under(simulation));

        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        Assert.Equal(1, SimulatedCount);
        // The wait lasts its 30 s on the engine's timers although the flow sees another time of day.
        _host.Time.Advance(TimeSpan.FromSeconds(30));
        await _host.WaitForStatusAsync(run.InstanceId!, WorkflowStatus.Finished);
        Assert.Equal(["edited"], _host.Probes.Hits.Select(h => h.Name));
        Assert.Equal(["start started", "start Done", "wait started", "wait Suspended", "wait started", "wait Done", "after started", "after Done"],
            simulation.Events);
        Assert.Equal(0, SimulatedCount);
        Assert.Equal(RunOutcome.NotFound, (await _host.Runtime.StartAsync("draft")).Outcome);
    }

    private static FlowBuilder WaitThenProbe(string probe) => new FlowBuilder("draft")
        .Activity("start", "Start")
        .Activity("wait", "Delay", new { duration = "00:00:30" })
        .Activity("after", "Probe", new { name = probe })
        .Chain("start", "wait", "after");

    [Fact]
    public async Task A_simulated_instance_resumed_after_a_restart_without_its_simulation_is_cancelled_and_acts_on_nothing()
    {
        var draft = new FlowBuilder("draft")
            .Activity("start", "Start")
            .Activity("wait", "Delay", new { duration = "00:00:30" })
            .Activity("letter", "SendLetter")
            .Chain("start", "wait", "letter")
            .Build();
        await _host.Definitions.SaveDraftAsync(draft);
        var stored = (await _host.DefinitionStore.FindAsync("draft", 1))!;
        var run = await _host.Runtime.SimulateAsync(stored, Under(new RecordingSimulation()));
        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        Assert.Equal(true, run.Instance!.Variables[WorkflowRuntime.SimulatedVariable]);

        // Another process on the same stores (this one restarted): its timer fires without the simulation.
        await using var restarted = EngineHost.Create(services: s => s
            .AddActivity<SendLetter>()
            .AddSingleton(_host.Services.GetRequiredService<InMemoryInstanceStore>())
            .AddSingleton(_host.DefinitionStore)
            .AddSingleton(_host.Probes));
        var resumed = await restarted.Runtime.ResumeAsync(run.Bookmarks[0].Id);

        Assert.Equal((RunOutcome.Cancelled, WorkflowStatus.Cancelled), (resumed.Outcome, resumed.Status));
        Assert.Equal(0, _host.Probes.Count(SendLetter.ExecutedProbe));
    }

    [Fact]
    public async Task Cancelling_a_suspended_simulated_draft_ends_it_and_forgets_its_simulation()
    {
        var simulation = new RecordingSimulation();
        var run = await _host.Runtime.SimulateAsync(WaitThenProbe("after").Build(), Under(simulation));
        Assert.Equal(1, SimulatedCount);

        var cancelled = await _host.Runtime.CancelAsync(run.InstanceId!);

        Assert.Equal((RunOutcome.Cancelled, WorkflowStatus.Cancelled), (cancelled.Outcome, cancelled.Status));
        Assert.Equal(0, SimulatedCount);
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, _host.Probes.Count("after"));
    }

    [Fact]
    public async Task A_simulation_given_the_id_of_an_existing_instance_runs_nothing_and_does_not_take_that_instance_over()
    {
        await _host.PublishAsync(new FlowBuilder("live")
            .Activity("start", "Start")
            .Activity("wait", "Event", new { eventName = "Go" })
            .Activity("after", "Probe", new { name = "after" })
            .Chain("start", "wait", "after")
            .Build());
        var live = await _host.StartAsync("live", new StartOptions(InstanceId: "call-1"));
        var simulation = new RecordingSimulation();

        var run = await _host.Runtime.SimulateAsync(Greeting().Build(), new StartOptions(InstanceId: "call-1", Simulation: simulation));
        await _host.Runtime.ResumeAsync(live.Bookmarks[0].Id);

        Assert.Equal(RunOutcome.AlreadyHandled, run.Outcome);
        Assert.Equal(0, SimulatedCount);
        Assert.Empty(simulation.Events);
        Assert.Equal(["after"], _host.Probes.Hits.Select(h => h.Name));
    }

    [Fact]
    public async Task Steps_are_reported_even_when_the_journal_is_turned_off()
    {
        await using var host = EngineHost.Create(o => o.JournalEnabled = false);
        var simulation = new RecordingSimulation();

        var run = await host.Runtime.SimulateAsync(Greeting().Build(), Under(simulation));

        Assert.Equal(["start started", "start Done", "greet started", "greet Done", "done started", "done Done"], simulation.Events);
        Assert.Empty(await host.JournalAsync(run.InstanceId!));
    }

    [Fact]
    public async Task A_published_sub_flow_started_by_a_simulated_run_reports_its_steps_to_the_same_simulation()
    {
        await _host.PublishAsync(new FlowBuilder("child")
            .Activity("start", "Start")
            .Activity("letter", "SendLetter")
            .Activity("wait", "Delay", new { duration = 10 })
            .Activity("in-child", "Probe", new { name = "in-child" })
            .Connect("start", "letter").Connect("letter", "Sent", "wait").Connect("wait", "in-child")
            .Build());
        var parent = new FlowBuilder("parent")
            .Activity("start", "Start")
            .Activity("sub", "SubFlow", new { flow = "child" })
            .Activity("back", "Probe", new { name = "back" })
            .Chain("start", "sub", "back")
            .Build();
        var simulation = new RecordingSimulation { Choices = { ["letter"] = SendLetter.SentOutcome } };

        var run = await _host.Runtime.SimulateAsync(parent, Under(simulation));
        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        _host.Time.Advance(TimeSpan.FromSeconds(10));
        await _host.WaitForStatusAsync(run.InstanceId!, WorkflowStatus.Finished);

        var childSteps = simulation.Started.Where(s => s.DefinitionId == "child").ToList();
        Assert.Equal(["start", "letter", "wait", "wait", "in-child"], childSteps.Select(s => s.ActivityId));
        Assert.Single(childSteps.Select(s => s.InstanceId).Distinct());
        Assert.NotEqual(run.InstanceId, childSteps[0].InstanceId);
        Assert.Equal(0, _host.Probes.Count(SendLetter.ExecutedProbe));
        Assert.Equal(1, _host.Probes.Count("back"));
        Assert.Equal(["sub started", "sub Suspended"], simulation.Events.Where(e => e.StartsWith("sub ")).Take(2));
        Assert.Equal("back Done", simulation.Events[^1]);
        Assert.Equal(0, SimulatedCount);
    }
}
