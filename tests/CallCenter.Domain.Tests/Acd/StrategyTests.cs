using CallCenter.Domain.Acd;

namespace CallCenter.Domain.Tests.Acd;

public sealed class StrategyTests
{
    private static readonly TimeSpan Talk = TimeSpan.FromSeconds(30);

    [Fact]
    public void LongestIdle_offers_to_the_agent_idle_longest()
    {
        var bed = new AcdBed(AcdBed.Queue(QueueStrategy.LongestIdle));
        bed.Agent("a");
        bed.Advance(10);
        bed.Agent("b");
        bed.Advance(10);
        bed.Agent("c");

        bed.Call("c1");
        Assert.Equal(["a"], bed.LastOfferFor("c1").AgentIds);
        bed.Handle("c1", Talk); // a is idle again, but only since now

        bed.Call("c2");
        Assert.Equal(["b"], bed.LastOfferFor("c2").AgentIds);
        bed.Call("c3");
        Assert.Equal(["c"], bed.LastOfferFor("c3").AgentIds);
        bed.Call("c4");
        Assert.Equal(["a"], bed.LastOfferFor("c4").AgentIds);
    }

    [Fact]
    public void LongestIdle_skips_an_agent_without_the_required_skill()
    {
        var bed = new AcdBed(AcdBed.Queue());
        bed.Agent("english-only", skills: ["english:1"]);
        bed.Advance(10);
        bed.Agent("bilingual", skills: ["english:2", "french:4"]);

        bed.Call("c1", skills: new RequiredSkill("French", 5));

        Assert.Equal(["bilingual"], bed.LastOfferFor("c1").AgentIds);
    }

    [Fact]
    public void RoundRobin_rotates_from_the_last_offered_agent_not_by_idle_time()
    {
        var bed = new AcdBed(AcdBed.Queue(QueueStrategy.RoundRobin));
        bed.Agent("a");
        bed.Agent("b");
        bed.Agent("c");

        bed.Call("c1");
        bed.Handle("c1", Talk);
        // b becomes the most recently idle agent: longest-idle would now pick c, the rotation still goes to b.
        Assert.True(bed.Acd.NotReady("b", "coffee").Succeeded);
        Assert.True(bed.Acd.Ready("b").Succeeded);
        bed.Call("c2");
        bed.Handle("c2", Talk);
        bed.Call("c3");
        bed.Handle("c3", Talk);
        bed.Call("c4");
        bed.Handle("c4", Talk);
        bed.Call("c5");

        Assert.Equal(["a", "b", "c", "a", "b"], bed.OfferedAgents);
    }

    [Fact]
    public void RoundRobin_counts_a_missed_offer_as_a_turn()
    {
        var bed = new AcdBed(AcdBed.Queue(QueueStrategy.RoundRobin) with { MaxMissedOffers = 0 });
        bed.Agent("a");
        bed.Agent("b");
        bed.Agent("c");

        bed.Call("c1");
        Assert.True(bed.Acd.Reject(bed.LastOfferFor("c1").OfferId).Succeeded); // a declines: b is tried
        bed.Handle("c1", Talk);
        bed.Call("c2");

        Assert.Equal(["a", "b", "c"], bed.OfferedAgents);
    }

    [Fact]
    public void FewestCalls_offers_to_the_agent_with_the_fewest_answered_calls_today_ties_by_idle_time()
    {
        var bed = new AcdBed(AcdBed.Queue(QueueStrategy.FewestCalls));
        bed.Agent("a");
        bed.Advance(1);
        bed.Agent("b");

        bed.Call("c1"); // 0/0: a, idle longer
        bed.Handle("c1", Talk);
        bed.Call("c2"); // a 1, b 0: b
        bed.Handle("c2", Talk);
        bed.Call("c3"); // 1/1: a, idle since earlier
        bed.Handle("c3", Talk);
        bed.Agent("c"); // idle the shortest, but no call yet
        bed.Call("c4");
        bed.Handle("c4", Talk);
        bed.Call("c5"); // a 2, b 1, c 1: b (idle longer than c)

        Assert.Equal(["a", "b", "a", "c", "b"], bed.OfferedAgents);
    }

    [Fact]
    public void LeastTalkTime_offers_to_the_agent_with_the_least_talk_time_today()
    {
        var bed = new AcdBed(AcdBed.Queue(QueueStrategy.LeastTalkTime));
        bed.Agent("a");
        bed.Advance(1);
        bed.Agent("b");

        bed.Call("c1");
        bed.Handle("c1", TimeSpan.FromSeconds(10));  // a: 10 s
        bed.Call("c2");
        bed.Handle("c2", TimeSpan.FromSeconds(120)); // b: 120 s
        bed.Advance(60);
        bed.Call("c3"); // a: 10 s < 120 s
        bed.Handle("c3", TimeSpan.FromSeconds(100)); // a: 110 s, still less than b
        bed.Call("c4"); // b is idle longer, but a has less talk time

        Assert.Equal(["a", "b", "a", "a"], bed.OfferedAgents);
        Assert.Equal(TimeSpan.FromSeconds(110), bed.Acd.GetAgent("a")!.TalkTimeToday);
    }

    [Fact]
    public void Random_picks_only_eligible_ready_agents_and_spreads_the_calls()
    {
        var bed = new AcdBed(AcdBed.Queue(QueueStrategy.Random));
        string[] eligible = ["f1", "f2", "f3", "f4"];
        foreach (var id in eligible) bed.Agent(id, skills: ["french:3"]);
        bed.Agent("weak", skills: ["french:7"]);
        bed.Agent("other", skills: ["german:1"]);
        bed.Agent("paused", ready: false, skills: ["french:1"]);

        for (var i = 0; i < 60; i++)
        {
            bed.Call($"c{i}", skills: new RequiredSkill("french", 3));
            bed.Handle($"c{i}", Talk);
        }

        var picked = bed.OfferedAgents;
        Assert.Equal(60, picked.Count);
        Assert.All(picked, agent => Assert.Contains(agent, eligible));
        Assert.Equal(eligible.Length, picked.Distinct().Count());
    }

    [Fact]
    public void RingAll_rings_every_eligible_agent_and_the_first_answer_cancels_the_others()
    {
        var bed = new AcdBed(AcdBed.Queue(QueueStrategy.RingAll));
        bed.Agent("a");
        bed.Agent("b");
        bed.Agent("c");
        bed.Agent("paused", ready: false);

        bed.Call("c1");
        var offer = Assert.Single(bed.Offers);
        Assert.Equal(["a", "b", "c"], offer.AgentIds.Order());
        Assert.All(offer.AgentIds, id => Assert.Equal(AgentStatus.Ringing, bed.Status(id)));

        Assert.True(bed.Acd.Accept(offer.OfferId, "b").Succeeded);

        var cancelled = bed.Events.OfType<OfferCancelled>().ToList();
        Assert.Equal(["a", "c"], cancelled.Select(c => c.AgentId).Order());
        Assert.All(cancelled, c => Assert.Equal(OfferCancelReason.AnsweredElsewhere, c.Reason));
        Assert.Equal(AgentStatus.OnCall, bed.Status("b"));
        Assert.Equal(AgentStatus.Ready, bed.Status("a"));
        Assert.Equal(AgentStatus.Ready, bed.Status("c"));
        var left = Assert.Single(bed.Events.OfType<CallLeft>());
        Assert.Equal((CallOutcome.Connected, "b"), (left.Outcome, left.AgentId));
        Assert.Equal(AcdErrorCode.UnknownOffer, bed.Acd.Accept(offer.OfferId, "a").Error);
    }

    [Fact]
    public void RingAll_needs_to_know_who_answered_when_several_agents_ring()
    {
        var bed = new AcdBed(AcdBed.Queue(QueueStrategy.RingAll));
        bed.Agent("a");
        bed.Agent("b");
        bed.Call("c1");

        var result = bed.Acd.Accept(bed.LastOfferFor("c1").OfferId);

        Assert.Equal(AcdErrorCode.UnknownOffer, result.Error);
        Assert.Equal(AgentStatus.Ringing, bed.Status("a"));
    }

    [Fact]
    public void SkillsBased_offers_to_the_best_tier_before_an_agent_idle_longer()
    {
        var bed = new AcdBed(AcdBed.Queue(QueueStrategy.SkillsBased));
        bed.Agent("level3", skills: ["billing:3"]);
        bed.Advance(60);
        bed.Agent("level2", skills: ["billing:2"]);
        bed.Advance(60);
        bed.Agent("level1", skills: ["billing:1"]);

        bed.Call("c1", skills: new RequiredSkill("billing", 5));
        bed.Call("c2", skills: new RequiredSkill("billing", 5));

        Assert.Equal(["level1"], bed.LastOfferFor("c1").AgentIds);
        Assert.DoesNotContain(bed.Offers, o => o.CallId == "c2"); // level 2 is not allowed before 10 s of wait
        bed.Advance(10);
        Assert.Equal(["level2"], bed.LastOfferFor("c2").AgentIds);
    }

    [Fact]
    public void SkillsBased_widens_one_tier_per_widening_period_up_to_the_required_level()
    {
        var bed = new AcdBed(AcdBed.Queue(QueueStrategy.SkillsBased) with { TierWidening = TimeSpan.FromSeconds(10) });
        bed.Agent("level1", skills: ["billing:1"]);
        bed.Call("busy", skills: new RequiredSkill("billing", 4));
        bed.Answer("busy"); // tier 1 is staffed but busy: new calls wait for it first
        bed.Agent("level3", skills: ["billing:3"]);
        bed.Agent("level6", skills: ["billing:6"]);

        bed.Call("c1", skills: new RequiredSkill("billing", 4));
        bed.Advance(19.9);
        Assert.DoesNotContain(bed.Offers, o => o.CallId == "c1"); // tiers 1 and 2 only
        bed.Advance(0.1);
        Assert.Equal(["level3"], bed.LastOfferFor("c1").AgentIds);
        Assert.True(bed.Acd.Reject(bed.LastOfferFor("c1").OfferId).Succeeded);
        bed.Advance(60);
        // level 6 never qualifies for a call requiring level 4 or better: the call goes back to level 3.
        Assert.All(bed.Offers.Where(o => o.CallId == "c1"), o => Assert.Equal(["level3"], o.AgentIds));
    }

    [Fact]
    public void SkillsBased_does_not_wait_for_tiers_nobody_staffs()
    {
        var bed = new AcdBed(AcdBed.Queue(QueueStrategy.SkillsBased) with { TierWidening = TimeSpan.FromSeconds(10) });
        bed.Agent("level1", ready: false, skills: ["billing:1"]); // NotReady: does not staff tier 1
        bed.Agent("level3", skills: ["billing:3"]);

        bed.Call("c1", skills: new RequiredSkill("billing", 5));

        Assert.Equal(["level3"], bed.LastOfferFor("c1").AgentIds);
    }

    [Fact]
    public void SkillsBased_tiers_follow_a_profile_change_of_a_logged_in_agent()
    {
        var bed = new AcdBed(AcdBed.Queue(QueueStrategy.SkillsBased) with { TierWidening = TimeSpan.FromSeconds(10) });
        bed.Agent("x", skills: ["billing:1"]);
        bed.Call("c0", skills: new RequiredSkill("billing", 5));
        bed.Answer("c0");
        bed.Acd.UpsertAgent(new AgentProfile("x", "10x") { Skills = new Dictionary<string, int> { ["billing"] = 5 } });
        bed.Agent("level3", skills: ["billing:3"]);

        bed.Call("c1", skills: new RequiredSkill("billing", 5));

        Assert.Equal(["level3"], bed.LastOfferFor("c1").AgentIds); // x no longer staffs tier 1: nothing to wait for
    }

    [Fact]
    public void SkillsBased_without_widening_takes_any_tier_at_once_best_first()
    {
        var bed = new AcdBed(AcdBed.Queue(QueueStrategy.SkillsBased) with { TierWidening = TimeSpan.Zero });
        bed.Agent("level4", skills: ["billing:4"]);

        bed.Call("c1", skills: new RequiredSkill("billing", 9));

        Assert.Equal(["level4"], bed.LastOfferFor("c1").AgentIds);
    }

    [Fact]
    public void A_back_up_member_at_a_higher_penalty_is_offered_calls_only_while_no_lower_penalty_member_is_available()
    {
        var bed = new AcdBed(AcdBed.Queue() with { Penalties = new Dictionary<string, int> { ["backup"] = 1 } });
        bed.Agent("backup"); // idle longest: LongestIdle alone would pick them
        bed.Advance(10);
        bed.Agent("team-a");
        bed.Advance(10);
        bed.Agent("team-b");

        bed.Call("c1");
        Assert.Equal(["team-a"], bed.LastOfferFor("c1").AgentIds);
        bed.Answer("c1");
        bed.Call("c2");
        Assert.Equal(["team-b"], bed.LastOfferFor("c2").AgentIds);
        bed.Answer("c2");
        bed.Call("c3"); // the team at penalty 0 is busy: the back-up takes it
        Assert.Equal(["backup"], bed.LastOfferFor("c3").AgentIds);
    }

    [Fact]
    public void Penalties_changed_at_run_time_apply_to_the_next_offer()
    {
        var bed = new AcdBed(AcdBed.Queue());
        bed.Agent("a");
        bed.Advance(10);
        bed.Agent("b");

        bed.Acd.ConfigureQueue(AcdBed.Queue() with { Penalties = new Dictionary<string, int> { ["a"] = 2, ["b"] = 1 } });
        bed.Call("c1");

        Assert.Equal(["b"], bed.LastOfferFor("c1").AgentIds);
    }
}
