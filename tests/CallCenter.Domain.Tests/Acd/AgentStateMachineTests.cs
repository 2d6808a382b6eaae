using CallCenter.Domain.Acd;

namespace CallCenter.Domain.Tests.Acd;

public sealed class AgentStateMachineTests
{
    private static AgentStatusChanged Change(AcdEvent e) => Assert.IsType<AgentStatusChanged>(e);

    [Fact]
    public void Every_transition_is_published_with_from_to_reason_and_time()
    {
        var bed = new AcdBed(AcdBed.Queue() with { WrapUp = TimeSpan.FromSeconds(5) });
        bed.Acd.UpsertAgent(new AgentProfile("a", "1001"));

        Assert.True(bed.Acd.Login("a", ready: false).Succeeded);
        bed.Advance(10);
        Assert.True(bed.Acd.Ready("a").Succeeded);
        bed.Advance(10);
        bed.Call("c1");
        bed.Advance(2);
        bed.Answer("c1");
        bed.Advance(60);
        Assert.True(bed.Acd.Complete("c1", CallSide.Caller).Succeeded);
        bed.Advance(5);
        Assert.True(bed.Acd.NotReady("a", "lunch").Succeeded);
        bed.Advance(30);
        Assert.True(bed.Acd.Logout("a").Succeeded);

        var changes = bed.StatusChanges("a").Select(c => (c.From, c.To, c.Reason, (c.At - AcdBed.Start).TotalSeconds)).ToList();
        Assert.Equal(
        [
            (AgentStatus.LoggedOut, AgentStatus.NotReady, "login", 0),
            (AgentStatus.NotReady, AgentStatus.Ready, null, 10),
            (AgentStatus.Ready, AgentStatus.Ringing, null, 20),
            (AgentStatus.Ringing, AgentStatus.OnCall, null, 22),
            (AgentStatus.OnCall, AgentStatus.WrapUp, null, 82),
            (AgentStatus.WrapUp, AgentStatus.Ready, null, 87),
            (AgentStatus.Ready, AgentStatus.NotReady, "lunch", 87),
            (AgentStatus.NotReady, AgentStatus.LoggedOut, null, 117),
        ], changes);
        var snapshot = bed.Acd.GetAgent("a")!;
        Assert.Equal((AgentStatus.LoggedOut, AcdBed.Start.AddSeconds(117)), (snapshot.Status, snapshot.Since));
        Assert.Equal(
            [QueueEventType.AgentLogin, QueueEventType.Pause, QueueEventType.Unpause, QueueEventType.Pause, QueueEventType.AgentLogoff],
            bed.Events.OfType<QueueLogEntry>().Where(e => e.AgentId == "a" && e.CallId is null).Select(e => e.Type));
    }

    [Fact]
    public void Invalid_transitions_are_refused_with_a_reason_and_change_nothing()
    {
        var bed = new AcdBed(AcdBed.Queue());
        bed.Acd.UpsertAgent(new AgentProfile("a", "1001"));

        Assert.Equal(AcdErrorCode.InvalidTransition, bed.Acd.Ready("a").Error);
        Assert.Equal(AcdErrorCode.InvalidTransition, bed.Acd.NotReady("a", "break").Error);
        Assert.Equal(AcdErrorCode.InvalidTransition, bed.Acd.Logout("a").Error);
        Assert.True(bed.Acd.Login("a").Succeeded);
        var again = bed.Acd.Login("a");
        Assert.Equal(AcdErrorCode.InvalidTransition, again.Error);
        Assert.Contains("already logged in", again.Message);
        Assert.Equal(AcdErrorCode.InvalidTransition, bed.Acd.NotReady("a", " ").Error);

        bed.Call("c1");
        var ringing = bed.Acd.Ready("a");
        Assert.Equal(AcdErrorCode.InvalidTransition, ringing.Error);
        Assert.Contains("ringing", ringing.Message);
        bed.Answer("c1");
        var onCall = bed.Acd.Logout("a");
        Assert.Equal(AcdErrorCode.InvalidTransition, onCall.Error);
        Assert.Contains("on a call", onCall.Message);
        Assert.Equal(AgentStatus.OnCall, bed.Status("a"));

        Assert.Equal(AcdErrorCode.UnknownAgent, bed.Acd.Login("ghost").Error);
        Assert.Equal(AcdErrorCode.UnknownCall, bed.Acd.Complete("nope", CallSide.Agent).Error);
    }

    [Fact]
    public void Login_not_ready_takes_no_call_until_Ready()
    {
        var bed = new AcdBed(AcdBed.Queue());
        bed.Agent("a", ready: false);
        bed.Call("c1");
        Assert.Empty(bed.Offers);
        Assert.Equal("login", bed.Acd.GetAgent("a")!.Reason);

        Assert.True(bed.Acd.Ready("a").Succeeded);

        Assert.Equal(["a"], bed.LastOfferFor("c1").AgentIds);
    }

    [Fact]
    public void WrapUp_delays_the_next_offer_then_the_agent_is_Ready_by_itself()
    {
        var bed = new AcdBed(AcdBed.Queue() with { WrapUp = TimeSpan.FromSeconds(30) });
        bed.Agent("a");
        bed.Call("c1");
        bed.Handle("c1", TimeSpan.FromSeconds(40));
        Assert.Equal(AgentStatus.WrapUp, bed.Status("a"));

        bed.Call("c2");
        bed.Advance(29.9);
        Assert.DoesNotContain(bed.Offers, o => o.CallId == "c2");
        Assert.Equal(AgentStatus.WrapUp, bed.Status("a"));

        bed.Advance(0.1);
        Assert.Equal(["a"], bed.LastOfferFor("c2").AgentIds);
        var changes = bed.StatusChanges("a").TakeLast(2).ToList();
        Assert.Equal((AgentStatus.WrapUp, AgentStatus.Ready), (changes[0].From, changes[0].To));
        Assert.Equal(AcdBed.Start.AddSeconds(70), changes[0].At);
        Assert.Equal((AgentStatus.Ready, AgentStatus.Ringing), (changes[1].From, changes[1].To));
    }

    [Fact]
    public void The_agents_wrap_up_overrides_the_queues()
    {
        var bed = new AcdBed(AcdBed.Queue() with { WrapUp = TimeSpan.FromSeconds(30) });
        bed.Agent("a", wrapUp: TimeSpan.FromSeconds(5));
        bed.Call("c1");
        bed.Handle("c1", TimeSpan.FromSeconds(10));

        bed.Advance(5);

        Assert.Equal(AgentStatus.Ready, bed.Status("a"));
    }

    [Fact]
    public void Ready_during_wrap_up_ends_it_and_a_waiting_call_is_offered_at_once()
    {
        var bed = new AcdBed(AcdBed.Queue() with { WrapUp = TimeSpan.FromMinutes(5) });
        bed.Agent("a");
        bed.Call("c1");
        bed.Handle("c1", TimeSpan.FromSeconds(10));
        bed.Call("c2");

        Assert.True(bed.Acd.Ready("a").Succeeded);

        Assert.Equal(["a"], bed.LastOfferFor("c2").AgentIds);
        bed.Answer("c2");
        bed.Advance(TimeSpan.FromMinutes(5)); // the old wrap-up timer must not touch the agent now on a call
        Assert.Equal(AgentStatus.OnCall, bed.Status("a"));
    }

    [Fact]
    public void NotReady_during_a_call_applies_when_it_ends_instead_of_wrap_up()
    {
        var bed = new AcdBed(AcdBed.Queue() with { WrapUp = TimeSpan.FromSeconds(30) });
        bed.Agent("a");
        bed.Call("c1");
        bed.Answer("c1");

        Assert.True(bed.Acd.NotReady("a", "meeting").Succeeded);
        Assert.Equal(AgentStatus.OnCall, bed.Status("a"));
        Assert.True(bed.Acd.Complete("c1", CallSide.Caller).Succeeded);

        var snapshot = bed.Acd.GetAgent("a")!;
        Assert.Equal((AgentStatus.NotReady, "meeting"), (snapshot.Status, snapshot.Reason));
    }

    [Fact]
    public void NotReady_while_ringing_withdraws_the_offer_and_the_call_goes_to_the_next_agent()
    {
        var bed = new AcdBed(AcdBed.Queue());
        bed.Agent("a");
        bed.Agent("b");
        bed.Call("c1");
        var first = bed.LastOfferFor("c1");

        Assert.True(bed.Acd.NotReady("a", "break").Succeeded);

        var cancelled = Assert.Single(bed.Events.OfType<OfferCancelled>());
        Assert.Equal((first.OfferId, "a", OfferCancelReason.AgentUnavailable), (cancelled.OfferId, cancelled.AgentId, cancelled.Reason));
        Assert.Equal(["b"], bed.LastOfferFor("c1").AgentIds);
        Assert.Equal(0, bed.Acd.GetAgent("a")!.MissedInARow);
    }

    [Fact]
    public void Logout_while_ringing_cancels_the_offer_and_the_next_agent_gets_the_call()
    {
        var bed = new AcdBed(AcdBed.Queue());
        bed.Agent("a");
        bed.Agent("b");
        bed.Call("c1");

        Assert.True(bed.Acd.Logout("a").Succeeded);

        Assert.Equal(AgentStatus.LoggedOut, bed.Status("a"));
        Assert.Equal(["b"], bed.LastOfferFor("c1").AgentIds);
    }

    [Fact]
    public void Snapshots_count_calls_and_talk_time_today_and_agents_by_status()
    {
        var bed = new AcdBed(AcdBed.Queue() with { WrapUp = TimeSpan.FromSeconds(30) });
        bed.Agent("a");
        bed.Agent("b", ready: false);
        bed.Acd.UpsertAgent(new AgentProfile("c", "1003"));
        bed.Call("c1");
        bed.Handle("c1", TimeSpan.FromSeconds(100));
        bed.Call("c2");
        bed.Advance(12);

        var agent = bed.Acd.GetAgent("a")!;
        Assert.Equal((1, TimeSpan.FromSeconds(100), AgentStatus.WrapUp), (agent.CallsToday, agent.TalkTimeToday, agent.Status));
        var queue = bed.Acd.GetQueue("q")!;
        Assert.Equal((1, TimeSpan.FromSeconds(12)), (queue.Waiting, queue.LongestWait));
        Assert.Equal(1, queue.AgentsByStatus[AgentStatus.WrapUp]);
        Assert.Equal(1, queue.AgentsByStatus[AgentStatus.NotReady]);
        Assert.Equal(1, queue.AgentsByStatus[AgentStatus.LoggedOut]);
        Assert.Equal(0, queue.AgentsByStatus[AgentStatus.Ready]);
        Assert.Equal((2, 1, 1), (queue.Entered, queue.Answered, queue.AnsweredWithinServiceLevel));
        Assert.Equal(TimeSpan.FromSeconds(130), queue.AverageHandleTime);

        bed.Advance(TimeSpan.FromDays(1));
        Assert.Equal((0, TimeSpan.Zero), (bed.Acd.GetAgent("a")!.CallsToday, bed.Acd.GetAgent("a")!.TalkTimeToday));
    }
}
