using CallCenter.Domain.Acd;

namespace CallCenter.Domain.Tests.Acd;

public sealed class QueueTests
{
    [Fact]
    public void A_VIP_caller_jumps_ahead_of_two_waiting_callers_and_ties_go_by_arrival()
    {
        var bed = new AcdBed(AcdBed.Queue());
        bed.Agent("a", ready: false);

        Assert.Equal(1, bed.Call("c1").Position);
        Assert.Equal(2, bed.Call("c2").Position);
        Assert.Equal(1, bed.Call("vip", priority: 10).Position);
        Assert.Equal(4, bed.Call("c3").Position);
        Assert.Equal(2, bed.Acd.GetPosition("c1")!.Position);
        Assert.Equal(3, bed.Acd.GetPosition("c2")!.Position);

        Assert.True(bed.Acd.Ready("a").Succeeded);
        bed.Handle("vip", TimeSpan.FromSeconds(10));
        bed.Handle("c1", TimeSpan.FromSeconds(10));
        bed.Handle("c2", TimeSpan.FromSeconds(10));

        Assert.Equal(["vip", "c1", "c2", "c3"], bed.Offers.Select(o => o.CallId));
        var enter = bed.QueueLog(QueueEventType.EnterQueue).Single(e => e.CallId == "vip");
        Assert.Equal(["1", "10"], enter.Data);
    }

    [Fact]
    public void Positions_stay_right_through_thousands_of_joins_and_hang_ups_in_random_order()
    {
        var bed = new AcdBed(AcdBed.Queue());
        bed.Agent("a", ready: false);
        var random = new Random(5);
        var model = new List<(string Id, int Priority, int Arrival)>();
        for (var step = 0; step < 3_000; step++)
        {
            if (model.Count > 0 && random.Next(3) == 0)
            {
                var gone = model[random.Next(model.Count)];
                var expected = model.Count(c => c.Priority > gone.Priority || (c.Priority == gone.Priority && c.Arrival < gone.Arrival)) + 1;
                Assert.Equal(expected, bed.Acd.GetPosition(gone.Id)!.Position);
                Assert.True(bed.Acd.Abandon(gone.Id).Succeeded);
                Assert.Equal(Text(expected), bed.QueueLog(QueueEventType.Abandon)[^1].Data[0]);
                model.Remove(gone);
            }
            else
            {
                var call = (Id: $"c{step}", Priority: random.Next(4), Arrival: step);
                var position = bed.Call(call.Id, priority: call.Priority).Position;
                Assert.Equal(model.Count(c => c.Priority >= call.Priority) + 1, position);
                model.Add(call);
            }
        }
        Assert.Equal(model.Count, bed.Acd.GetQueue("q")!.Waiting);
    }

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_caller_who_hangs_up_while_waiting_is_logged_as_Abandon_with_wait_and_positions()
    {
        var bed = new AcdBed(AcdBed.Queue());
        bed.Agent("a", ready: false);
        bed.Call("c1");
        bed.Call("c2");
        bed.Advance(42);
        Assert.True(bed.Acd.Abandon("c1").Succeeded);
        bed.Advance(3);

        Assert.True(bed.Acd.Abandon("c2").Succeeded);

        var abandons = bed.QueueLog(QueueEventType.Abandon);
        Assert.Equal(["1", "1", "42"], abandons[0].Data);
        Assert.Equal(["1", "2", "45"], abandons[1].Data); // position 1 by then, joined at 2
        var left = bed.Events.OfType<CallLeft>().Last();
        Assert.Equal(("c2", CallOutcome.Abandoned, TimeSpan.FromSeconds(45)), (left.CallId, left.Outcome, left.Waited));
        Assert.Equal(2, bed.Acd.GetQueue("q")!.Abandoned);
        Assert.Equal(AcdErrorCode.UnknownCall, bed.Acd.Abandon("c2").Error);
    }

    [Fact]
    public void A_caller_who_hangs_up_while_ringing_stops_the_ringing()
    {
        var bed = new AcdBed(AcdBed.Queue());
        bed.Agent("a");
        bed.Call("c1");

        Assert.True(bed.Acd.Abandon("c1").Succeeded);

        var cancelled = Assert.Single(bed.Events.OfType<OfferCancelled>());
        Assert.Equal(OfferCancelReason.CallerAbandoned, cancelled.Reason);
        Assert.Equal(AgentStatus.Ready, bed.Status("a"));
        Assert.Equal(0, bed.Acd.GetAgent("a")!.MissedInARow);
    }

    [Fact]
    public void A_caller_who_waits_the_maximum_leaves_with_Overflow()
    {
        var bed = new AcdBed(AcdBed.Queue() with { MaxWait = TimeSpan.FromSeconds(60) });
        bed.Agent("a", ready: false);
        bed.Call("c1");

        bed.Advance(59);
        Assert.NotNull(bed.Acd.GetPosition("c1"));
        bed.Advance(1);

        Assert.Null(bed.Acd.GetPosition("c1"));
        var left = Assert.Single(bed.Events.OfType<CallLeft>());
        Assert.Equal((CallOutcome.Overflow, TimeSpan.FromSeconds(60)), (left.Outcome, left.Waited));
        Assert.Equal(["1", "1", "60"], Assert.Single(bed.QueueLog(QueueEventType.ExitWithTimeout)).Data);
        Assert.True(bed.Acd.Ready("a").Succeeded);
        Assert.Empty(bed.Offers);
    }

    [Fact]
    public void No_agent_logged_in_gives_NoAgents_when_the_queue_does_not_take_callers_then()
    {
        var bed = new AcdBed(AcdBed.Queue() with { JoinWhenEmpty = false }, AcdBed.Queue(name: "open"));
        bed.Acd.UpsertAgent(new AgentProfile("a", "1001"));

        Assert.Equal(EnqueueOutcome.NoAgents, bed.Call("c1").Outcome);
        Assert.Equal(EnqueueOutcome.Queued, bed.Call("c2", queue: "open").Outcome);
        bed.Agent("other", ready: false);
        Assert.Equal(EnqueueOutcome.Queued, bed.Call("c3").Outcome); // a NotReady agent is logged in
        Assert.Equal(EnqueueOutcome.UnknownQueue, bed.Call("c4", queue: "nowhere").Outcome);
        Assert.Equal(EnqueueOutcome.Duplicate, bed.Call("c3").Outcome);
    }

    [Fact]
    public void When_the_last_agent_logs_out_callers_leave_queues_that_leave_when_empty()
    {
        var bed = new AcdBed(AcdBed.Queue() with { LeaveWhenEmpty = true }, AcdBed.Queue(name: "stay"));
        bed.Agent("a", ready: false);
        bed.Agent("b", ready: false);
        bed.Call("c1");
        bed.Call("c2");
        bed.Call("s1", queue: "stay");

        Assert.True(bed.Acd.Logout("a").Succeeded);
        Assert.Empty(bed.Events.OfType<CallLeft>());
        Assert.True(bed.Acd.Logout("b").Succeeded);

        var left = bed.Events.OfType<CallLeft>().ToList();
        Assert.Equal(["c1", "c2"], left.Select(l => l.CallId));
        Assert.All(left, l => Assert.Equal(CallOutcome.NoAgents, l.Outcome));
        Assert.Equal(2, bed.QueueLog(QueueEventType.ExitEmpty).Count);
        Assert.NotNull(bed.Acd.GetPosition("s1"));
        Assert.Equal(EnqueueOutcome.NoAgents, bed.Call("c3").Outcome);
        Assert.Equal(EnqueueOutcome.Queued, bed.Call("s2", queue: "stay").Outcome);
    }

    [Fact]
    public void A_full_queue_refuses_the_next_caller_and_logs_JoinFull()
    {
        var bed = new AcdBed(AcdBed.Queue() with { MaxWaitingCallers = 2 });
        bed.Agent("a", ready: false);
        bed.Call("c1");
        bed.Call("c2");

        var third = bed.Call("c3");

        Assert.Equal((EnqueueOutcome.Full, 0), (third.Outcome, third.Position));
        Assert.Equal(["2"], Assert.Single(bed.QueueLog(QueueEventType.JoinFull)).Data);
        Assert.True(bed.Acd.Abandon("c1").Succeeded);
        Assert.Equal(EnqueueOutcome.Queued, bed.Call("c3").Outcome);
    }

    [Fact]
    public void The_estimated_wait_is_position_over_staffed_agents_times_the_average_handle_time()
    {
        var bed = new AcdBed(AcdBed.Queue() with { WrapUp = TimeSpan.FromSeconds(20) });
        bed.Agent("a");
        bed.Agent("b", ready: false);
        bed.Call("first");
        Assert.Null(bed.Acd.GetPosition("first")!.EstimatedWait); // no handle time yet
        bed.Handle("first", TimeSpan.FromSeconds(100)); // handle time 120 s
        Assert.True(bed.Acd.NotReady("a", "break").Succeeded);
        Assert.True(bed.Acd.Ready("b").Succeeded);
        Assert.True(bed.Acd.Ready("a").Succeeded);
        bed.Call("busy-a");
        bed.Call("busy-b");
        bed.Answer("busy-a");
        bed.Answer("busy-b");

        var third = bed.Call("c3");
        bed.Call("c4");

        Assert.Equal(TimeSpan.FromSeconds(120), third.EstimatedWait); // ⌈1 / 2⌉ × 120 s
        Assert.Equal(TimeSpan.FromSeconds(120), bed.Acd.GetPosition("c4")!.EstimatedWait); // ⌈2 / 2⌉ × 120 s
        bed.Call("c5");
        Assert.Equal(TimeSpan.FromSeconds(240), bed.Acd.GetPosition("c5")!.EstimatedWait); // ⌈3 / 2⌉ × 120 s
    }

    [Fact]
    public void Last_agent_preference_offers_to_the_callers_last_agent_first_when_Ready()
    {
        var bed = new AcdBed(AcdBed.Queue());
        bed.Agent("a");
        bed.Advance(10);
        bed.Agent("last");

        bed.Call("c1", lastAgent: "last");

        Assert.Equal(["last"], bed.LastOfferFor("c1").AgentIds);
    }

    [Fact]
    public void Last_agent_preference_holds_the_call_while_the_agent_is_busy_up_to_the_window()
    {
        var bed = new AcdBed(AcdBed.Queue() with { LastAgentWindow = TimeSpan.FromSeconds(20) });
        bed.Agent("last");
        bed.Call("c0");
        bed.Answer("c0");
        bed.Agent("a");

        bed.Call("c1", lastAgent: "last");
        bed.Advance(5);
        Assert.DoesNotContain(bed.Offers, o => o.CallId == "c1"); // a is Ready, but the call waits for its agent
        Assert.True(bed.Acd.Complete("c0", CallSide.Caller).Succeeded);
        Assert.Equal(["last"], bed.LastOfferFor("c1").AgentIds);
        bed.Answer("c1");

        bed.Call("c2", lastAgent: "last"); // last is on a call: held again, this time in vain
        bed.Advance(19.9);
        Assert.DoesNotContain(bed.Offers, o => o.CallId == "c2");
        bed.Advance(0.1);
        Assert.Equal(["a"], bed.LastOfferFor("c2").AgentIds);
    }

    [Fact]
    public void Events_follow_the_decisions_in_order_and_are_numbered_without_gaps()
    {
        var bed = new AcdBed(AcdBed.Queue());
        bed.Agent("a");
        bed.ClearEvents();

        bed.Call("c1");
        bed.Handle("c1", TimeSpan.FromSeconds(30));

        var kinds = bed.Events.Select(e => e switch
        {
            QueueLogEntry log => log.Type.ToString(),
            AgentStatusChanged change => $"{change.From}->{change.To}",
            OfferMade => "OfferMade",
            CallLeft left => $"CallLeft:{left.Outcome}",
            _ => e.GetType().Name,
        }).ToList();
        Assert.Equal(
        [
            "EnterQueue", "OfferMade", "Offer", "Ready->Ringing",
            "Ringing->OnCall", "Connect", "CallLeft:Connected",
            "CompleteAgent", "OnCall->Ready",
        ], kinds);
        var sequences = bed.Events.Select(e => e.Sequence).ToList();
        Assert.Equal(Enumerable.Range((int)sequences[0], sequences.Count).Select(i => (long)i), sequences);
        Assert.Equal(["0", "30"], bed.QueueLog(QueueEventType.CompleteAgent).Single().Data);
    }

    [Fact]
    public void Concurrent_callers_and_agents_all_end_connected_with_every_event_delivered_once_in_order()
    {
        var acd = new InMemoryAcd(TimeProvider.System);
        var events = new List<AcdEvent>();
        using var _ = acd.Subscribe(new Collect(events));
        acd.ConfigureQueue(new QueueSettings("q") { WrapUp = TimeSpan.Zero, RingTimeout = TimeSpan.FromMinutes(10) });
        using var answering = acd.Subscribe(new AnswerAndComplete(acd));
        for (var i = 0; i < 8; i++) acd.UpsertAgent(new AgentProfile($"a{i}", $"{1000 + i}"));

        Parallel.Invoke(
            () => Parallel.For(0, 400, i => Assert.True(acd.Enqueue(new CallRequest($"c{i}", "q")).IsQueued)),
            () => Parallel.For(0, 8, i => Assert.True(acd.Login($"a{i}").Succeeded)));

        lock (events)
        {
            Assert.Equal(400, events.OfType<CallLeft>().Count(l => l.Outcome == CallOutcome.Connected));
            Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Sequence));
        }
        Assert.Equal(0, acd.GetQueue("q")!.Waiting);
        Assert.All(acd.GetAgents(), a => Assert.Equal(AgentStatus.Ready, a.Status));
    }

    private sealed class Collect(List<AcdEvent> events) : IAcdObserver
    {
        public void OnEvent(AcdEvent acdEvent)
        {
            lock (events) events.Add(acdEvent);
        }
    }

    private sealed class AnswerAndComplete(IAcd acd) : IAcdObserver
    {
        public void OnEvent(AcdEvent acdEvent)
        {
            if (acdEvent is not OfferMade made) return;
            Assert.True(acd.Accept(made.Offer.OfferId).Succeeded);
            Assert.True(acd.Complete(made.Offer.CallId, CallSide.Caller).Succeeded);
        }
    }
}
