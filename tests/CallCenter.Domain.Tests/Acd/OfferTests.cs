using CallCenter.Domain.Acd;

namespace CallCenter.Domain.Tests.Acd;

public sealed class OfferTests
{
    [Fact]
    public void Ring_timeout_moves_the_call_to_the_next_agent()
    {
        var bed = new AcdBed(AcdBed.Queue() with { RingTimeout = TimeSpan.FromSeconds(15) });
        bed.Agent("a");
        bed.Advance(1);
        bed.Agent("b");
        bed.Call("c1");
        var first = bed.LastOfferFor("c1");
        Assert.Equal(["a"], first.AgentIds);

        bed.Advance(14.9);
        Assert.Single(bed.Offers);
        bed.Advance(0.1);

        Assert.Equal(["b"], bed.LastOfferFor("c1").AgentIds);
        var noAnswer = Assert.Single(bed.QueueLog(QueueEventType.RingNoAnswer));
        Assert.Equal(("a", "c1"), (noAnswer.AgentId, noAnswer.CallId));
        Assert.Equal(["15000", "timeout"], noAnswer.Data);
        Assert.Equal(AgentStatus.Ready, bed.Status("a"));
        Assert.Equal(1, bed.Acd.GetAgent("a")!.MissedInARow);
        Assert.Equal(AcdErrorCode.UnknownOffer, bed.Acd.Accept(first.OfferId).Error);

        // a's phone is told to stop ringing before the call rings b's.
        var stop = Assert.Single(bed.Events.OfType<OfferCancelled>());
        Assert.Equal((first.OfferId, "a", OfferCancelReason.RingTimeout), (stop.OfferId, stop.AgentId, stop.Reason));
        var next = bed.Events.OfType<OfferMade>().Last();
        Assert.True(stop.Sequence < next.Sequence, "the old phone stops before the next one rings");
    }

    [Fact]
    public void An_agent_who_misses_K_offers_in_a_row_goes_NotReady_no_answer()
    {
        var bed = new AcdBed(AcdBed.Queue() with { MaxMissedOffers = 2, RingTimeout = TimeSpan.FromSeconds(10) });
        bed.Agent("a");
        bed.Advance(1);
        bed.Agent("b", ready: false);
        bed.Call("c1");

        Assert.True(bed.Acd.Reject(bed.LastOfferFor("c1").OfferId).Succeeded); // nobody else: a is tried again
        Assert.Equal(AgentStatus.Ringing, bed.Status("a"));
        bed.Advance(10);                                                        // second miss in a row

        var a = bed.Acd.GetAgent("a")!;
        Assert.Equal((AgentStatus.NotReady, InMemoryAcd.NoAnswerReason), (a.Status, a.Reason));
        Assert.Contains(bed.QueueLog(QueueEventType.Pause), e => e.AgentId == "a" && e.Data.SequenceEqual([InMemoryAcd.NoAnswerReason]));
        Assert.Equal(["rejected", "timeout"], bed.QueueLog(QueueEventType.RingNoAnswer).Select(e => e.Data[1]));
        // The call keeps waiting for the next agent.
        Assert.True(bed.Acd.Ready("b").Succeeded);
        Assert.Equal(["b"], bed.LastOfferFor("c1").AgentIds);
    }

    [Fact]
    public void An_answered_offer_resets_the_missed_count()
    {
        var bed = new AcdBed(AcdBed.Queue() with { MaxMissedOffers = 2 });
        bed.Agent("a");
        bed.Call("c1");
        Assert.True(bed.Acd.Reject(bed.LastOfferFor("c1").OfferId).Succeeded);
        bed.Handle("c1", TimeSpan.FromSeconds(20));
        bed.Call("c2");

        Assert.True(bed.Acd.NoAnswer(bed.LastOfferFor("c2").OfferId).Succeeded);

        Assert.Equal(AgentStatus.Ringing, bed.Status("a")); // one miss since the answer: still taking calls
        Assert.Equal(1, bed.Acd.GetAgent("a")!.MissedInARow);
    }

    [Fact]
    public void Ring_all_times_out_as_a_whole_and_rings_again()
    {
        var bed = new AcdBed(AcdBed.Queue(QueueStrategy.RingAll) with { RingTimeout = TimeSpan.FromSeconds(20), MaxMissedOffers = 0 });
        bed.Agent("a");
        bed.Agent("b");
        bed.Call("c1");

        bed.Advance(20);

        Assert.Equal(2, bed.QueueLog(QueueEventType.RingNoAnswer).Count);
        Assert.Equal(["a+b", "a+b"], bed.OfferedAgents.Select(s => string.Join("+", s.Split('+').Order())));
    }

    [Fact]
    public void Busy_agents_are_not_rung_unless_the_queue_allows_it()
    {
        var strict = new AcdBed(AcdBed.Queue());
        strict.Agent("a", maxCalls: 2);
        strict.Call("c1");
        strict.Answer("c1");
        strict.Call("c2");
        Assert.DoesNotContain(strict.Offers, o => o.CallId == "c2");

        var lenient = new AcdBed(AcdBed.Queue() with { RingBusyAgents = true });
        lenient.Agent("a", maxCalls: 2);
        lenient.Call("c1");
        lenient.Answer("c1");
        lenient.Call("c2");
        Assert.Equal(["a"], lenient.LastOfferFor("c2").AgentIds);
        Assert.Equal(AgentStatus.OnCall, lenient.Status("a"));
        lenient.Answer("c2");
        Assert.Equal(2, lenient.Acd.GetAgent("a")!.ActiveCalls);
        lenient.Call("c3");
        Assert.DoesNotContain(lenient.Offers, o => o.CallId == "c3"); // at its maximum of 2
    }

    [Fact]
    public void Ring_busy_prefers_an_idle_agent_to_a_busy_one()
    {
        var bed = new AcdBed(AcdBed.Queue() with { RingBusyAgents = true });
        bed.Agent("busy", maxCalls: 3);
        bed.Call("c1");
        bed.Answer("c1");
        bed.Agent("idle");

        bed.Call("c2");

        Assert.Equal(["idle"], bed.LastOfferFor("c2").AgentIds);
    }

    [Fact]
    public void An_observer_may_answer_from_inside_the_event_and_events_stay_in_order()
    {
        var bed = new AcdBed(AcdBed.Queue());
        using var autoAnswer = bed.Acd.Subscribe(new AutoAnswer(bed.Acd));
        bed.Agent("a");

        bed.Call("c1");

        Assert.Equal(AgentStatus.OnCall, bed.Status("a"));
        var sequences = bed.Events.Select(e => e.Sequence).ToList();
        Assert.Equal(Enumerable.Range((int)sequences[0], sequences.Count).Select(i => (long)i), sequences);
    }

    [Fact]
    public async Task A_channel_reader_gets_the_events_in_order_until_disposed()
    {
        var bed = new AcdBed(AcdBed.Queue());
        var channel = new AcdEventChannel(bed.Acd);
        bed.Agent("a");
        bed.Call("c1");
        channel.Dispose();
        bed.Call("c2");

        var read = new List<AcdEvent>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await foreach (var e in channel.Reader.ReadAllAsync(timeout.Token)) read.Add(e);

        Assert.Equal(bed.Events.Where(e => e is not QueueLogEntry { CallId: "c2" }).Select(e => e.Sequence).ToList(), read.Select(e => e.Sequence));
        Assert.Contains(read, e => e is OfferMade { Offer.CallId: "c1" });
        Assert.DoesNotContain(read, e => e is QueueLogEntry { CallId: "c2" });
    }

    [Fact]
    public void Observers_run_outside_the_lock_so_another_thread_can_use_the_ACD_meanwhile()
    {
        var bed = new AcdBed(AcdBed.Queue());
        var fromOtherThread = new List<AgentStatus>();
        using var _ = bed.Acd.Subscribe(new OtherThreadReader(bed.Acd, fromOtherThread));
        bed.Agent("a");

        bed.Call("c1");

        Assert.Equal(AgentStatus.Ringing, Assert.Single(fromOtherThread));
    }

    /// <summary>On an offer, reads the agent from another thread and waits for it: would dead-lock if events were raised under the lock.</summary>
    private sealed class OtherThreadReader(IAcd acd, List<AgentStatus> seen) : IAcdObserver
    {
        public void OnEvent(AcdEvent acdEvent)
        {
            if (acdEvent is not OfferMade) return;
            var read = Task.Run(() => acd.GetAgent("a")!.Status);
            Assert.True(read.Wait(TimeSpan.FromSeconds(10)), "the ACD stayed locked while delivering events");
            seen.Add(read.Result);
        }
    }

    private sealed class AutoAnswer(IAcd acd) : IAcdObserver
    {
        public void OnEvent(AcdEvent acdEvent)
        {
            if (acdEvent is OfferMade made) Assert.True(acd.Accept(made.Offer.OfferId).Succeeded);
        }
    }
}
