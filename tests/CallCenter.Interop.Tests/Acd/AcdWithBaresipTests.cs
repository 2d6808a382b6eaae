using System.Diagnostics;
using CallCenter.Interop.Tests.Sip;
using CallCenter.Interop.Tests.Sip.Baresip;

namespace CallCenter.Interop.Tests.Acd;

/// <summary>
/// The ACD end to end: SIPp callers dial a test number whose flow enqueues them, three baresip agents' phones ring and
/// answer, and what happened is read back from the API (call records with their queue visits, the queue log, the agents'
/// live state and status log) and from the call's recording. Each test configures its own queue through
/// <c>PUT /api/v1/queues/{name}</c>; one Portal serves the whole class.
/// </summary>
public sealed class AcdWithBaresipTests(AcdPortal portal) : AcdPortalTest(portal)
{
    [Fact]
    public async Task Longest_idle_offers_the_first_caller_to_the_agent_idle_longest_and_the_next_caller_to_the_one_idle_next()
    {
        await PutQueueAsync("acd-longest", new { strategy = "LongestIdle", wrapUpSeconds = 0, members = AllAgentsAsMembers });
        // Logged in 8002, 8003, 8001: idle longest is 8002, then 8003 (agent-number order would start with 8001).
        await LogInAsync("8002", "8003", "8001");

        var first = Call("96601", "13900000101");
        Assert.Equal("8002", (await NextAnsweringAgentAsync(first)).Agent);
        // 8002 is on the call: the next caller goes to the agent idle longest among the others.
        var second = Call("96601", "13900000102");
        Assert.Equal("8003", (await NextAnsweringAgentAsync(second)).Agent);
        Assert.False(Rang(PhoneOf("8001")), "8001, logged in last, was not offered a call");
        await HangUpAsync(PhoneOf("8002"));
        await HangUpAsync(PhoneOf("8003"));
        await first.EndedAsync();
        await second.EndedAsync();

        var call = await CallFromApiAsync(first.CallId);
        var visit = Assert.Single(call.Queues);
        Assert.Equal(("acd-longest", "Connected", "8002", "Agent"), (visit.Queue, visit.Outcome, visit.AgentId, visit.EndedBy));
        Assert.Equal("answered", call.Disposition);
        Assert.Equal("8003", Assert.Single((await CallFromApiAsync(second.CallId)).Queues).AgentId);
    }

    [Fact]
    public async Task Round_robin_rotates_through_the_members_whoever_is_idle_longest()
    {
        await PutQueueAsync("acd-rr", new { strategy = "RoundRobin", wrapUpSeconds = 0, members = AllAgentsAsMembers });
        // Logged in in reverse: longest-idle would start with 8003; the rotation starts with the first member, 8001.
        await LogInAsync("8003", "8002", "8001");

        List<string> reached = [];
        List<string> callIds = [];
        for (var i = 1; i <= 4; i++)
        {
            var caller = Call("96602", $"1390000020{i}");
            var (agent, _) = await NextAnsweringAgentAsync(caller);
            reached.Add(agent);
            callIds.Add(caller.CallId);
            await HangUpAsync(PhoneOf(agent));
            await caller.EndedAsync();
        }

        // Each agent is Ready again the moment their call ends (no wrap-up), the most recently idle one too: only the
        // rotation's memory sends the fourth call back to 8001.
        Assert.Equal(["8001", "8002", "8003", "8001"], reached);
        List<string?> recorded = [];
        foreach (var callId in callIds) recorded.Add(Assert.Single((await CallFromApiAsync(callId)).Queues).AgentId);
        Assert.Equal(["8001", "8002", "8003", "8001"], recorded);
    }

    [Fact]
    public async Task An_agent_who_does_not_answer_is_skipped_after_the_ring_timeout_and_set_NotReady_no_answer()
    {
        await PutQueueAsync("acd-noanswer", new { strategy = "LongestIdle", ringTimeoutSeconds = 3, maxMissedOffers = 1, wrapUpSeconds = 0, members = AllAgentsAsMembers });
        var silent = PhoneOf("8001");
        Assert.Contains("manual", await silent.Control.CommandAsync("answermode", "manual"));
        await LogInAsync("8001", "8002");

        var caller = Call("96603", "13900000301");
        await NextEventAsync(silent, "CALL_INCOMING");
        var ringing = Stopwatch.StartNew();
        var (agent, _) = await NextAnsweringAgentAsync(caller);
        var skippedAfter = ringing.Elapsed;
        Assert.Equal("8002", agent);
        // The unanswered ringing is withdrawn (CANCEL) and the agent is out of the rotation until they make themselves ready.
        await NextEventAsync(silent, "CALL_CLOSED");
        Assert.DoesNotContain(silent.Control.Events, e => e.Type == "CALL_ESTABLISHED");
        Assert.True(skippedAfter >= TimeSpan.FromSeconds(2.5), $"the next agent was rung after {skippedAfter}, before the 3 s ring timeout");
        var missed = await AgentAsync("8001");
        Assert.Equal(("NotReady", "no answer"), (missed.Status, missed.Reason));
        await HangUpAsync(PhoneOf("8002"));
        await caller.EndedAsync();

        var events = await QueueEventsAsync(caller.CallId, e => e.Any(x => x.Event == "COMPLETEAGENT"));
        Assert.Equal(["ENTERQUEUE:", "OFFER:8001", "RINGNOANSWER:8001", "OFFER:8002", "CONNECT:8002", "COMPLETEAGENT:8002"],
            events.Select(e => $"{e.Event}:{e.Agent}"));
        Assert.Equal("timeout", events.Single(e => e.Event == "RINGNOANSWER").Data);
        var visit = Assert.Single((await CallFromApiAsync(caller.CallId)).Queues);
        Assert.Equal(("Connected", "8002"), (visit.Outcome, visit.AgentId));
        Assert.True(visit.WaitSeconds >= 2.5, $"waited {visit.WaitSeconds} s, the first agent's ring timeout included");
    }

    // Product bug, found by this test: at the ring timeout the ACD passes the call on (RINGNOANSWER, next offer) but
    // publishes no OfferCancelled for the agent it gave up on (InMemoryAcd.RingTimedOut → Missed), so AgentCaller keeps
    // ringing their phone until its own margin (ring timeout + 5 s) runs out. Unskip once fixed.
    [Fact]
    public async Task The_phone_of_an_agent_who_does_not_answer_stops_ringing_when_the_ring_timeout_passes_the_call_on()
    {
        await PutQueueAsync("acd-noanswer", new { strategy = "LongestIdle", ringTimeoutSeconds = 3, maxMissedOffers = 1, wrapUpSeconds = 0, members = AllAgentsAsMembers });
        var silent = PhoneOf("8001");
        Assert.Contains("manual", await silent.Control.CommandAsync("answermode", "manual"));
        await LogInAsync("8001", "8002");

        var caller = Call("96603", "13900000311");
        await NextEventAsync(silent, "CALL_INCOMING");
        var ringing = Stopwatch.StartNew();
        Assert.Equal("8002", (await NextAnsweringAgentAsync(caller)).Agent);
        var nextAgentAfter = ringing.Elapsed;
        await NextEventAsync(silent, "CALL_CLOSED");
        var stoppedAfter = ringing.Elapsed;
        await HangUpAsync(PhoneOf("8002"));
        await caller.EndedAsync();

        // Once the ACD has given the call to the next agent, the first agent's phone must stop ringing: picking it up
        // then would connect them to nobody (the Portal hangs up on an agent who answers a call no longer waiting).
        Assert.True(stoppedAfter - nextAgentAfter < TimeSpan.FromSeconds(1.5),
            $"8001's phone rang on for {stoppedAfter - nextAgentAfter} after the call went to 8002 ({nextAgentAfter} after it started ringing; closed after {stoppedAfter})");
    }

    [Fact]
    public async Task Wrap_up_keeps_the_next_caller_waiting_until_it_is_over()
    {
        await PutQueueAsync("acd-wrapup", new { strategy = "LongestIdle", wrapUpSeconds = 3, members = AllAgentsAsMembers });
        var since = DateTimeOffset.UtcNow;
        await LogInAsync("8001");
        var phone = PhoneOf("8001");

        var first = Call("96604", "13900000401");
        await NextEventAsync(phone, "CALL_ESTABLISHED");
        var second = Call("96604", "13900000402");
        await WaitingAsync("acd-wrapup", 1);
        await HangUpAsync(phone);
        var wrapUp = Stopwatch.StartNew();
        await NextEventAsync(phone, "CALL_ESTABLISHED");
        var offeredAfter = wrapUp.Elapsed;
        await HangUpAsync(phone);
        await first.EndedAsync();
        await second.EndedAsync();

        Assert.True(offeredAfter >= TimeSpan.FromSeconds(2.5), $"the waiting caller reached the agent {offeredAfter} after the first call, inside the 3 s wrap-up");
        var firstVisit = Assert.Single((await CallFromApiAsync(first.CallId)).Queues);
        var secondVisit = Assert.Single((await CallFromApiAsync(second.CallId)).Queues);
        Assert.Equal(("Connected", "8001"), (secondVisit.Outcome, secondVisit.AgentId));
        Assert.True(secondVisit.WaitSeconds >= 2.5, $"the second caller waited {secondVisit.WaitSeconds} s");
        Assert.True(secondVisit.AnsweredAt - firstVisit.LeftAt >= TimeSpan.FromSeconds(2.5),
            $"the second call was answered {secondVisit.AnsweredAt - firstVisit.LeftAt} after the first ended");

        var changes = await StatusChangesAsync("8001", since, c => c.Count(x => x.To == "WrapUp") >= 2);
        var to = changes.Select(c => c.To).ToList();
        var wrap = to.IndexOf("WrapUp");
        Assert.True(wrap > 0, string.Join(", ", to));
        Assert.Equal(["OnCall", "WrapUp", "Ready", "Ringing", "OnCall", "WrapUp"], to[(wrap - 1)..(wrap + 5)]);
        Assert.True(changes[wrap + 1].At - changes[wrap].At >= TimeSpan.FromSeconds(2.5), $"WrapUp at {changes[wrap].At:O}, Ready at {changes[wrap + 1].At:O}");
    }

    [Fact]
    public async Task A_VIP_caller_is_connected_before_two_callers_who_waited_longer()
    {
        await PutQueueAsync("acd-vip", new { strategy = "LongestIdle", wrapUpSeconds = 0, members = AllAgentsAsMembers });
        await LogInNotReadyAsync("8001");
        var phone = PhoneOf("8001");

        var firstNormal = Call("96605", "13900000501");
        await WaitingAsync("acd-vip", 1);
        var secondNormal = Call("96605", "13900000502");
        await WaitingAsync("acd-vip", 2);
        var vip = Call("96606", "13900000510");
        await WaitingAsync("acd-vip", 3);
        await ReadyAsync("8001");

        Caller[] callers = [firstNormal, secondNormal, vip];
        List<string> served = [];
        for (var i = 0; i < 3; i++)
        {
            var offered = await NextEventAsync(phone, "CALL_ESTABLISHED");
            served.Add(callers.Single(c => offered.Param.Contains($"sip:{c.Number}@", StringComparison.Ordinal)).Number);
            await HangUpAsync(phone);
        }
        foreach (var caller in callers) await caller.EndedAsync();

        Assert.Equal([vip.Number, firstNormal.Number, secondNormal.Number], served);
        var connects = new List<(string Number, DateTimeOffset At, int? Priority)>();
        foreach (var caller in callers)
        {
            var events = await QueueEventsAsync(caller.CallId, e => e.Any(x => x.Event == "CONNECT"));
            connects.Add((caller.Number, events.Single(e => e.Event == "CONNECT").At, events.Single(e => e.Event == "ENTERQUEUE").Priority));
        }
        Assert.Equal([vip.Number, firstNormal.Number, secondNormal.Number], connects.OrderBy(c => c.At).Select(c => c.Number));
        Assert.Equal([0, 0, 10], connects.Select(c => c.Priority));
        var vipVisit = Assert.Single((await CallFromApiAsync(vip.CallId)).Queues);
        var normalVisit = Assert.Single((await CallFromApiAsync(firstNormal.CallId)).Queues);
        Assert.True(vipVisit.EnteredAt > normalVisit.EnteredAt && vipVisit.AnsweredAt < normalVisit.AnsweredAt, $"VIP {vipVisit}\nnormal {normalVisit}");
    }

    [Fact]
    public async Task A_caller_who_hangs_up_while_waiting_is_logged_as_ABANDON_with_the_wait_and_the_call_is_abandoned()
    {
        await PutQueueAsync("acd-abandon", new { strategy = "LongestIdle", members = AllAgentsAsMembers });
        // Logged in but not ready: the queue takes callers, nobody is offered one.
        await LogInNotReadyAsync("8001");

        var caller = CallAndHangUp("96607", "13900000601", TimeSpan.FromMilliseconds(2_500));
        await SeesAsync($"acd-test acd-abandon: call {caller.CallId} Abandoned");
        await caller.EndedAsync();

        var events = await QueueEventsAsync(caller.CallId, e => e.Any(x => x.Event == "ABANDON"));
        Assert.Equal(["ENTERQUEUE", "ABANDON"], events.Select(e => e.Event));
        var abandon = events[1];
        Assert.Equal(("acd-abandon", 1, 1), (abandon.Queue, abandon.Position, abandon.OriginalPosition));
        // Whole seconds in the queue log: 2.5 s of waiting is 2 or 3.
        Assert.True(abandon.WaitSeconds is >= 2 and < 10, $"ABANDON after {abandon.WaitSeconds} s");
        var call = await CallFromApiAsync(caller.CallId);
        Assert.Equal("abandoned", call.Disposition);
        var visit = Assert.Single(call.Queues);
        Assert.Equal(("Abandoned", null), (visit.Outcome, visit.AgentId));
        Assert.True(visit.WaitSeconds is >= 2.0 and < 10, $"the visit shows {visit.WaitSeconds} s of waiting");
        Assert.Equal("Caller", call.HangupBy);
        Assert.False(Rang(PhoneOf("8001")));
    }

    [Fact]
    public async Task A_stereo_recording_holds_the_caller_on_the_left_and_the_agent_on_the_right()
    {
        await PutQueueAsync("acd-record", new { strategy = "LongestIdle", recordCalls = true, recordStereo = true, members = AllAgentsAsMembers });
        await LogInAsync("8003");
        var phone = PhoneOf("8003");
        var agentHz = Agents["8003"].ToneHz;

        // The caller speaks a 440 Hz tone (RtpPcap) from the answer on; the agent's phone plays its 1,300 Hz tone.
        var caller = Call("96608", "13900000701", PcapStep.Tone(0, 20_000));
        await NextEventAsync(phone, "CALL_ESTABLISHED");
        await NextEventAsync(phone, "CALL_RTPESTAB");
        // Not synchronisation: the two talk for 2 s so the recording has audio of both to measure.
        await Task.Delay(TimeSpan.FromSeconds(2));
        await HangUpAsync(phone);
        await caller.EndedAsync();

        var call = await CallFromApiAsync(caller.CallId);
        var visit = Assert.Single(call.Queues);
        Assert.Equal(("Connected", "8003"), (visit.Outcome, visit.AgentId));
        Assert.True(visit.RecordingPath is not null && File.Exists(visit.RecordingPath), call.ToString());
        var (left, right, rate) = StereoWav.Read(visit.RecordingPath!);
        Assert.Equal(TestWav.Rate, rate);
        Assert.True(left.Length >= TestWav.Rate, $"{left.Length} frames recorded, less than the 2 s of talk");
        const double CallerHz = 440;
        Assert.True(TestWav.Rms(left) > 0.02 && TestWav.Rms(right) > 0.02, $"RMS left {TestWav.Rms(left):F4}, right {TestWav.Rms(right):F4}");
        var (leftCaller, leftAgent) = (TestWav.PowerAt(left, CallerHz), TestWav.PowerAt(left, agentHz));
        var (rightCaller, rightAgent) = (TestWav.PowerAt(right, CallerHz), TestWav.PowerAt(right, agentHz));
        Assert.True(leftCaller > 20 * leftAgent, $"left channel: caller tone {leftCaller:G3}, agent tone {leftAgent:G3}");
        Assert.True(rightAgent > 20 * rightCaller, $"right channel: agent tone {rightAgent:G3}, caller tone {rightCaller:G3}");
        Assert.Contains(call.Recordings, r => r.Path == visit.RecordingPath);
    }
}
