using CallCenter.Activities.Acd;
using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Domain.Acd;
using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Activities.Tests.Acd;

/// <summary>
/// Enqueue in a flow on fake calls, with the real in-memory ACD loaded from the seeded database and a fake voice server
/// standing in for the agents' phones: who is rung with what, each outcome, the agent's state after, the screen-pop events.
/// </summary>
public sealed class EnqueueTests : IAsyncLifetime
{
    private readonly FakeTelephony _phones = new();
    private readonly List<AgentCallEvent> _events = [];
    private ActivityHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await AcdHost.StartAsync(_phones);
        _host.Get<AgentCallEvents>().Published += e => { lock (_events) _events.Add(e); };
        await _host.PublishAsync(new FlowBuilder("line").Variable("agent").Variable("after")
            .Activity("start", "Start")
            .Activity("queue", "Enqueue", new { queue = "hotline", agent = "agent" })
            .Activity("thanks", "Play", new { text = "感谢您的来电" })
            .Activity("abandoned", "SetVariable", new { variable = "after", value = "abandoned" })
            .Activity("busy", "SetVariable", new { variable = "after", value = "{{ 'busy' }}" })
            .Connect("start", "queue").Connect("queue", "Connected", "thanks").Connect("queue", "Abandoned", "abandoned")
            .Connect("queue", "NoAgents", "busy").Connect("queue", "Overflow", "busy")
            .Build());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_ready_agent_is_rung_with_the_callers_number_and_the_call_is_bridged_until_the_agent_hangs_up()
    {
        _phones.Answering.Add("1001");
        Assert.True(_host.Acd().Login("8001").Succeeded);
        var call = new FakeCallSession(caller: "13800138000");

        var run = await _host.RunCallAsync("line", call);

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal("8001", run.Instance!.Variables["agent"]);
        var dialled = Assert.Single(_phones.Dialled);
        Assert.Equal(("1001", "13800138000", "hotline"), (dialled.Destination, dialled.CallerId, dialled.CallerName));
        Assert.Contains("bridge: 1001", call.Operations);
        Assert.Equal([("queue", "Connected"), ("thanks", "Done")], (await _host.PathAsync(run.InstanceId!))[1..]);
        Assert.Equal(AgentStatus.WrapUp, _host.Acd().GetAgent("8001")!.Status);
        Assert.Equal([AgentCallEventKind.Offered, AgentCallEventKind.Connected, AgentCallEventKind.Ended], _events.Select(e => e.Kind));
        Assert.All(_events, e => Assert.Equal((call.Id, "8001", "1001"), (e.CallId, e.AgentId, e.Extension)));
        Assert.Equal(1, _host.Acd().GetQueue("hotline")!.Answered);
    }

    [Fact]
    public async Task With_nobody_logged_in_the_flow_takes_NoAgents_at_once_and_nobody_is_rung()
    {
        var run = await _host.RunCallAsync("line", new FakeCallSession());

        Assert.Equal("busy", run.Instance!.Variables["after"]);
        Assert.Contains(("queue", "NoAgents"), await _host.PathAsync(run.InstanceId!));
        Assert.Empty(_phones.Dialled);
    }

    [Fact]
    public async Task A_caller_hanging_up_while_waiting_is_Abandoned_and_the_flow_goes_on_without_the_call()
    {
        Assert.True(_host.Acd().Login("8001", ready: false).Succeeded);
        var call = new FakeCallSession().HangUpAt("play");

        var run = await _host.RunCallAsync("line", call);

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal("abandoned", run.Instance!.Variables["after"]);
        Assert.Equal(1, _host.Acd().GetQueue("hotline")!.Abandoned);
        Assert.Equal(0, _host.Acd().GetQueue("hotline")!.Waiting);
        Assert.Empty(_phones.Dialled);
    }

    [Fact]
    public async Task An_agent_whose_phone_does_not_answer_goes_NotReady_after_three_offers_and_the_caller_overflows_at_the_maximum_wait()
    {
        Assert.True(_host.Acd().Login("8001").Succeeded);
        var call = new FakeCallSession();

        var running = _host.RunCallAsync("line", call);
        Assert.Equal(AgentStatus.NotReady, _host.Acd().GetAgent("8001")!.Status);
        Assert.Equal("no answer", _host.Acd().GetAgent("8001")!.Reason);
        Assert.Equal(3, _phones.Dialled.Count);
        Assert.False(running.IsCompleted);
        _host.Time.Advance(TimeSpan.FromSeconds(300));
        var run = await running.WaitAsync(CallFlows.Timeout);

        Assert.Equal("busy", run.Instance!.Variables["after"]);
        Assert.Contains(("queue", "Overflow"), await _host.PathAsync(run.InstanceId!));
        Assert.Contains(_events, e => e.Kind == AgentCallEventKind.NotAnswered);
    }

    [Fact]
    public async Task A_waiting_caller_hears_hold_music_and_after_the_first_delay_their_position_then_is_connected()
    {
        _phones.Answering.Add("1001");
        Assert.True(_host.Acd().Login("8001", ready: false).Succeeded);
        var call = new FakeCallSession();

        var running = _host.RunCallAsync("line", call);
        Assert.Contains(call.Operations, o => o.StartsWith("play: hold-music + hold-music", StringComparison.Ordinal));
        Assert.DoesNotContain(call.Operations, o => o.Contains("您是下一位", StringComparison.Ordinal));
        _host.Time.Advance(TimeSpan.FromSeconds(30));
        // The announcement is spoken on a continuation after the fake clock's timer: nothing to await, so the
        // call's operations are read every 10 ms, at most 5 s.
        var spoken = await EventuallyAsync(() => call.Operations.Any(o => o == "play: tts:cmn:您是下一位。请耐心等候。"));
        Assert.True(spoken, string.Join("\n", call.Operations));

        Assert.True(_host.Acd().Ready("8001").Succeeded);
        var run = await running.WaitAsync(CallFlows.Timeout);
        Assert.Equal("8001", run.Instance!.Variables["agent"]);
    }

    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(5)) return false;
            await Task.Delay(10);
        }
        return true;
    }
}
