using CallCenter.Domain.Acd;

namespace CallCenter.Domain.Tests.Acd;

/// <summary>Matching across skill requirements and queues: the order of service does not depend on how calls are indexed.</summary>
public sealed class MatchingTests
{
    [Fact]
    public void A_free_agent_takes_the_highest_priority_call_among_all_the_skills_they_have()
    {
        var bed = new AcdBed(AcdBed.Queue());
        bed.Agent("a", ready: false, skills: ["billing:2", "english:1"]);
        bed.Call("billing-early", skills: new RequiredSkill("billing", 5));
        bed.Call("english-vip", priority: 5, skills: new RequiredSkill("english", 3));
        bed.Call("english-late", skills: new RequiredSkill("english", 3));

        Assert.True(bed.Acd.Ready("a").Succeeded);
        bed.Handle("english-vip", TimeSpan.FromSeconds(5));
        bed.Handle("billing-early", TimeSpan.FromSeconds(5));

        Assert.Equal(["english-vip", "billing-early", "english-late"], bed.Offers.Select(o => o.CallId));
    }

    [Fact]
    public void A_call_needing_several_skills_goes_only_to_an_agent_with_all_of_them_at_their_levels()
    {
        var bed = new AcdBed(AcdBed.Queue());
        bed.Agent("billing-only", skills: ["billing:1"]);
        bed.Agent("weak-french", skills: ["billing:1", "french:6"]);
        bed.Agent("both", skills: ["billing:4", "french:2"]);

        bed.Call("c1", skills: [new RequiredSkill("billing", 5), new RequiredSkill("french", 3)]);

        Assert.Equal(["both"], bed.LastOfferFor("c1").AgentIds);
    }

    [Fact]
    public void An_agent_serves_only_the_queues_of_their_groups()
    {
        var bed = new AcdBed(
            AcdBed.Queue(name: "sales") with { AgentGroups = ["sales"] },
            AcdBed.Queue(name: "support") with { AgentGroups = ["support", "tier2"] });
        bed.Agent("seller", groups: ["Sales"]);
        bed.Call("s1", queue: "support");
        Assert.Empty(bed.Offers);

        bed.Agent("helper", groups: ["tier2"]);

        Assert.Equal(["helper"], bed.LastOfferFor("s1").AgentIds);
        Assert.Equal(1, bed.Acd.GetQueue("sales")!.AgentsByStatus[AgentStatus.Ready]);
        Assert.Equal(0, bed.Acd.GetQueue("sales")!.AgentsByStatus[AgentStatus.Ringing]);
        Assert.Equal(1, bed.Acd.GetQueue("support")!.AgentsByStatus[AgentStatus.Ringing]);
    }

    [Fact]
    public void Max_wait_while_ringing_stops_the_ringing_and_overflows()
    {
        var bed = new AcdBed(AcdBed.Queue() with { MaxWait = TimeSpan.FromSeconds(10), RingTimeout = TimeSpan.FromSeconds(30) });
        bed.Agent("a");
        bed.Call("c1");

        bed.Advance(10);

        var cancelled = Assert.Single(bed.Events.OfType<OfferCancelled>());
        Assert.Equal(OfferCancelReason.CallLeftQueue, cancelled.Reason);
        Assert.Equal(CallOutcome.Overflow, Assert.Single(bed.Events.OfType<CallLeft>()).Outcome);
        Assert.Equal(AgentStatus.Ready, bed.Status("a"));
        bed.Advance(30); // the cancelled offer's ring timer must not count a miss
        Assert.Equal(0, bed.Acd.GetAgent("a")!.MissedInARow);
    }

    [Fact]
    public void Logging_out_during_wrap_up_stops_the_wrap_up_timer()
    {
        var bed = new AcdBed(AcdBed.Queue() with { WrapUp = TimeSpan.FromSeconds(30) });
        bed.Agent("a");
        bed.Call("c1");
        bed.Handle("c1", TimeSpan.FromSeconds(10));

        Assert.True(bed.Acd.Logout("a").Succeeded);
        bed.Advance(30);

        Assert.Equal(AgentStatus.LoggedOut, bed.Status("a"));
    }

    [Fact]
    public void A_service_level_counts_answers_within_the_threshold_against_answers_and_abandons()
    {
        var bed = new AcdBed(AcdBed.Queue() with { ServiceLevelThreshold = TimeSpan.FromSeconds(20) });
        bed.Agent("a", ready: false);
        bed.Call("fast");
        bed.Call("slow");
        bed.Call("gone");
        bed.Advance(10);
        Assert.True(bed.Acd.Ready("a").Succeeded);
        bed.Handle("fast", TimeSpan.FromSeconds(15)); // answered after 10 s
        bed.Answer("slow");                           // after 25 s
        Assert.True(bed.Acd.Abandon("gone").Succeeded);

        var queue = bed.Acd.GetQueue("q")!;
        Assert.Equal((2, 1, 1), (queue.Answered, queue.AnsweredWithinServiceLevel, queue.Abandoned));
        Assert.Equal(1.0 / 3, queue.ServiceLevel!.Value, 3);
    }

    [Fact]
    public void Reconfiguring_a_queue_re_sorts_its_agents_and_leaves_their_other_queues_alone()
    {
        var bed = new AcdBed(AcdBed.Queue(name: "sales"), AcdBed.Queue(name: "support"));
        bed.Agent("a", groups: ["sales", "support"]);
        bed.Advance(10);
        bed.Agent("b", groups: ["sales", "support"]);
        bed.Call("t0", queue: "support");
        bed.Handle("t0", TimeSpan.FromSeconds(5)); // a: now b is idle longer

        bed.Acd.ConfigureQueue(AcdBed.Queue(name: "sales") with { AgentGroups = ["nobody"] });
        bed.Call("s1", queue: "sales");
        bed.Call("t1", queue: "support");

        Assert.DoesNotContain(bed.Offers, o => o.CallId == "s1");
        Assert.Equal(["b"], bed.LastOfferFor("t1").AgentIds);
        Assert.Equal(0, bed.Acd.GetQueue("sales")!.AgentsByStatus.Values.Sum());

        bed.Acd.ConfigureQueue(AcdBed.Queue(QueueStrategy.RingAll, name: "sales"));
        Assert.Equal(["a"], bed.LastOfferFor("s1").AgentIds); // b is ringing for t1: ring-all rings the free one
    }

    [Fact]
    public void A_transfer_is_logged_and_ends_the_agents_part_of_the_call()
    {
        var bed = new AcdBed(AcdBed.Queue() with { WrapUp = TimeSpan.FromSeconds(15) });
        bed.Agent("a");
        bed.Call("c1");
        bed.Answer("c1");
        bed.Advance(40);

        Assert.True(bed.Acd.Transfer("c1", "agent:b").Succeeded);

        Assert.Equal(["agent:b", "0", "40"], Assert.Single(bed.QueueLog(QueueEventType.Transfer)).Data);
        Assert.Equal(AgentStatus.WrapUp, bed.Status("a"));
        Assert.Equal(AcdErrorCode.UnknownCall, bed.Acd.Complete("c1", CallSide.Caller).Error);
    }

    [Fact]
    public void Dispose_stops_the_pending_timers()
    {
        var bed = new AcdBed(AcdBed.Queue() with { MaxWait = TimeSpan.FromSeconds(30), RingTimeout = TimeSpan.FromSeconds(10) });
        bed.Agent("a");
        bed.Call("c1");
        bed.Call("c2");

        bed.Acd.Dispose();
        bed.Advance(60);

        Assert.Empty(bed.QueueLog(QueueEventType.RingNoAnswer));
        Assert.Empty(bed.Events.OfType<CallLeft>());
    }
}
