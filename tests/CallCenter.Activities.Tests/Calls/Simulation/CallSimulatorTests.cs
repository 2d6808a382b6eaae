using CallCenter.Activities.Calls.Simulation;
using CallCenter.Activities.Telephony;
using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Tests.Calls.Simulation;

/// <summary>
/// The designer's simulator on a call: an unpublished draft runs through <see cref="CallSimulator"/> for a
/// <see cref="SimulatedCall"/> (keys pressed, prompts handed out, the caller hanging up) on the fake clock; every
/// prompt plays 30 s unless a key barges in or it is skipped. A simulation is not a call: nothing is traced or sent.
/// </summary>
public sealed class CallSimulatorTests : IAsyncLifetime
{
    private static readonly TimeSpan PromptLength = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan KeyWait = TimeSpan.FromSeconds(5);
    private const string Caller = "13912345678";
    private const string MenuPrompt = "tts:cmn:您好 " + Caller + "，查询请按1，投诉请按2";

    private ActivityHost _host = null!;
    private TimerWatch _clock = null!;

    public async Task InitializeAsync()
    {
        _host = await CallHost.StartAsync(seed: false, configure: s => s.AddSingleton<CallCenter.Activities.Prompts.IPromptProvider>(
            new FakePromptProvider { Length = PromptLength }));
        _clock = new TimerWatch(_host.Time);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Answer → Menu (1 → Play "one", 2 → Play "two", no key twice → Play "goodbye") → Hangup; never published.</summary>
    private static WorkflowDefinition MenuDraft() => new FlowBuilder("sim-menu")
        .Activity("start", "Start")
        .Activity("answer", "Answer")
        .Activity("menu", "Menu", new
        {
            text = "您好 {{ caller }}，查询请按1，投诉请按2",
            attempts = 2,
            timeout = 5,
            options = new object[] { new { digit = "1", outcome = "one" }, new { digit = "2", outcome = "two" } },
        })
        .Activity("play-one", "Play", new { text = "one" })
        .Activity("play-two", "Play", new { text = "two" })
        .Activity("goodbye", "Play", new { text = "goodbye" })
        .Activity("hangup", "Hangup")
        .Connect("start", "answer").Connect("answer", "menu")
        .Connect("menu", "one", "play-one").Connect("menu", "two", "play-two").Connect("menu", "Timeout", "goodbye")
        .Connect("play-one", "hangup").Connect("play-two", "hangup").Connect("goodbye", "hangup")
        .Build();

    private SimulatedCall NewCall() => new(Caller, "12345", _clock);

    private static Task WhenPlaying(SimulatedCall call, string prompt)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        call.Playing += (_, prompts) => { if (prompts.Any(p => p.Name == prompt)) seen.TrySetResult(); };
        return seen.Task.WaitAsync(CallFlows.Timeout);
    }

    private static List<string> PromptsOf(SimulatedCall call)
    {
        var played = new List<string>();
        call.Playing += (_, prompts) => { lock (played) played.AddRange(prompts.Select(p => p.Name)); };
        return played;
    }

    private Task<RunResult> SimulateAsync(WorkflowDefinition draft, SimulatedCall call, RecordingSimulation simulation) =>
        Task.Run(() => _host.Get<CallSimulator>().RunAsync(draft, call, simulation));

    private async Task<int> StoredTracesAsync()
    {
        // The writer batches in the background: flushing it first makes "none stored" mean none was written.
        await _host.Get<DatabaseCallRecordSink>().DisposeAsync();
        await using var db = await _host.DbAsync();
        return await db.CallTraces.CountAsync();
    }

    [Fact]
    public async Task Pressing_1_while_the_menu_plays_follows_the_1_branch_and_the_flow_hangs_up_without_storing_a_trace()
    {
        using var call = NewCall();
        var played = PromptsOf(call);
        var menuPlaying = WhenPlaying(call, MenuPrompt);
        var onePlaying = WhenPlaying(call, "tts:cmn:one");
        var simulation = new RecordingSimulation();
        var running = SimulateAsync(MenuDraft(), call, simulation);

        await menuPlaying;
        call.Press('1');
        await onePlaying;
        await _clock.AdvanceWhenArmedAsync(PromptLength, count: 2);
        var run = await running.WaitAsync(CallFlows.Timeout);

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal([MenuPrompt, "tts:cmn:one"], played);
        Assert.Equal(["start", "answer", "menu", "play-one", "hangup"], simulation.Started.Select(s => s.ActivityId));
        Assert.Contains("menu one", simulation.Events);
        Assert.Equal((CallSessionState.Ended, HangupSide.Server), (call.State, call.Hangup!.Side));
        // LiveSnapshot (for screen pops) carries no prompts: what was played is in the trace as it would be stored.
        var trace = call.Trace!.Build(call.Id, run.InstanceId!, "sim-menu", 0, [], new Dictionary<string, string>(), _host.Time.GetUtcNow()).Details;
        Assert.Contains(trace.Prompts, p => p.ActivityId == "play-one" && p.Text == "one");
        Assert.Equal("1", Assert.Single(trace.Digits).Digits);
        Assert.Equal(0, await StoredTracesAsync());
    }

    [Fact]
    public async Task Pressing_nothing_lets_the_menu_time_out_on_the_clock()
    {
        using var call = NewCall();
        var simulation = new RecordingSimulation();
        var running = SimulateAsync(MenuDraft(), call, simulation);

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            await _clock.AdvanceWhenArmedAsync(PromptLength, count: attempt);
            Assert.False(running.IsCompleted);
            await _clock.AdvanceWhenArmedAsync(KeyWait, count: attempt);
        }
        await _clock.AdvanceWhenArmedAsync(PromptLength, count: 3); // "goodbye"
        var run = await running.WaitAsync(CallFlows.Timeout);

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(["start Done", "answer Done", "menu Timeout", "goodbye Done", "hangup Done"], simulation.Events.Where(e => !e.EndsWith(" started")));
        Assert.Equal(ActivityHost.DefaultNow + 3 * PromptLength + 2 * KeyWait, _host.Time.GetUtcNow());
    }

    [Fact]
    public async Task The_simulated_caller_hanging_up_mid_menu_cancels_the_instance_and_the_run_returns()
    {
        using var call = NewCall();
        var menuPlaying = WhenPlaying(call, MenuPrompt);
        var simulation = new RecordingSimulation();
        var running = SimulateAsync(MenuDraft(), call, simulation);

        await menuPlaying;
        call.HangUpAsCaller();
        var run = await running.WaitAsync(CallFlows.Timeout);

        Assert.Equal(WorkflowStatus.Cancelled, run.Status);
        Assert.Equal(HangupSide.Caller, call.Hangup!.Side);
        Assert.Equal(("menu", "Cancelled"), (await _host.PathAsync(run.InstanceId!))[^1]);
        Assert.Equal("menu Cancelled", simulation.Events[^1]);
        Assert.Equal(0, ((WorkflowRuntime)_host.Runtime).SimulatedCount);
    }

    [Fact]
    public async Task SendSms_in_a_simulated_flow_sends_nothing_and_follows_the_chosen_outcome()
    {
        var draft = new FlowBuilder("sim-sms")
            .Activity("start", "Start")
            .Activity("answer", "Answer")
            .Activity("sms", "SendSms", new { to = "{{ caller }}", text = "【12345】您的工单已受理" })
            .Activity("sent", "Play", new { text = "sent" })
            .Activity("not-sent", "Play", new { text = "not sent" })
            .Connect("start", "answer").Connect("answer", "sms").Connect("sms", "sent").Connect("sms", "Error", "not-sent")
            .Build();
        using var call = NewCall();
        var played = PromptsOf(call);
        var simulation = new RecordingSimulation { Choices = { ["sms"] = "Error" } };
        var running = SimulateAsync(draft, call, simulation);

        await _clock.AdvanceWhenArmedAsync(PromptLength);
        var run = await running.WaitAsync(CallFlows.Timeout);

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(["tts:cmn:not sent"], played);
        Assert.Equal(["Done", "Error"], Assert.Single(simulation.Asked).Outcomes);
        Assert.Empty(call.Trace!.Build(call.Id, run.InstanceId!, "sim-sms", 0, [], new Dictionary<string, string>(), _host.Time.GetUtcNow()).Details.Messages);
        await using var db = await _host.DbAsync();
        Assert.Equal(0, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task SkipPrompt_ends_a_long_prompt_at_once()
    {
        using var call = NewCall();
        var menuPlaying = WhenPlaying(call, MenuPrompt);
        var twoPlaying = WhenPlaying(call, "tts:cmn:two");
        var running = SimulateAsync(MenuDraft(), call, new RecordingSimulation());

        await menuPlaying;
        call.SkipPrompt();
        // The menu now waits for a key, although no time has passed.
        await _clock.WaitForTimerAsync(KeyWait);
        Assert.Equal(ActivityHost.DefaultNow, _host.Time.GetUtcNow());
        call.Press('2');
        await twoPlaying;
        call.SkipPrompt();
        var run = await running.WaitAsync(CallFlows.Timeout);

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(ActivityHost.DefaultNow, _host.Time.GetUtcNow());
    }

    private static WorkflowDefinition HoldDraft() => new FlowBuilder("sim-hold")
        .Activity("start", "Start")
        .Activity("answer", "Answer")
        .Activity("hold", "Delay", new { duration = 60 })
        .Activity("after", "Play", new { text = "after" })
        .Activity("hangup", "Hangup")
        .Chain("start", "answer", "hold", "after", "hangup")
        .Build();

    [Fact]
    public async Task A_draft_that_waits_on_a_Delay_goes_on_after_it_with_the_call_and_the_run_returns_when_it_ends()
    {
        using var call = NewCall();
        var afterPlaying = WhenPlaying(call, "tts:cmn:after");
        var simulation = new RecordingSimulation();
        var running = SimulateAsync(HoldDraft(), call, simulation);

        await simulation.WaitForEventAsync("hold Suspended", CallFlows.Timeout);
        // The timer is armed as the run is saved; one armed late at a past time fires at once.
        _host.Time.Advance(TimeSpan.FromSeconds(60));
        await afterPlaying;
        await _clock.AdvanceWhenArmedAsync(PromptLength);
        var run = await running.WaitAsync(CallFlows.Timeout);

        Assert.Equal((RunOutcome.Resumed, WorkflowStatus.Finished), (run.Outcome, run.Status));
        Assert.Equal(["hold started", "hold Done", "after started", "after Done", "hangup started", "hangup Done"], simulation.Events.Skip(6));
        Assert.Equal(HangupSide.Server, call.Hangup!.Side);
        Assert.Equal(0, ((WorkflowRuntime)_host.Runtime).SimulatedCount);
    }

    [Fact]
    public async Task The_caller_hanging_up_while_the_draft_waits_on_a_Delay_cancels_it_and_the_run_returns()
    {
        // Suspended, the instance is no longer running: the cancel must find the draft it runs on (it is in no cache).
        using var call = NewCall();
        var simulation = new RecordingSimulation();
        var running = SimulateAsync(HoldDraft(), call, simulation);

        await simulation.WaitForEventAsync("hold Suspended", CallFlows.Timeout);
        call.HangUpAsCaller();
        var run = await running.WaitAsync(CallFlows.Timeout);

        Assert.Equal(WorkflowStatus.Cancelled, run.Status);
        Assert.Equal(0, ((WorkflowRuntime)_host.Runtime).SimulatedCount);
    }

    [Fact]
    public async Task A_draft_that_does_not_compile_returns_its_errors_and_the_call_is_hung_up()
    {
        var draft = new FlowBuilder("sim-broken").Activity("start", "Start").Activity("x", "NoSuchActivity").Chain("start", "x").Build();
        using var call = NewCall();

        var run = await _host.Get<CallSimulator>().RunAsync(draft, call, new RecordingSimulation()).WaitAsync(CallFlows.Timeout);

        Assert.Equal(RunOutcome.NotFound, run.Outcome);
        Assert.Contains("NoSuchActivity", run.Message);
        Assert.Equal(CallSessionState.Ended, call.State);
    }

    [Fact]
    public async Task The_caller_number_of_the_simulated_call_is_the_flows_caller_variable()
    {
        using var call = NewCall();
        var menuPlaying = WhenPlaying(call, MenuPrompt);
        var simulation = new RecordingSimulation();
        var running = SimulateAsync(MenuDraft(), call, simulation);

        await menuPlaying; // the menu's text was rendered with {{ caller }}
        call.HangUpAsCaller();
        var run = await running.WaitAsync(CallFlows.Timeout);

        Assert.Equal((Caller, "12345", call.Id), (run.Instance!.Variables["caller"], run.Instance.Variables["called"], run.Instance.Variables["call_id"]));
        Assert.Equal(Caller, simulation.Ended[0].Variables["caller"]);
    }
}
