using CallCenter.Telephony.Sessions.Forwarding;

namespace CallCenter.Telephony.Tests.Sessions;

/// <summary>The order of destinations under forwarding rules, without any SIP.</summary>
public sealed class ForwardingPlanTests
{
    private static readonly TimeSpan Default = TimeSpan.FromSeconds(30);

    private static List<string> Walk(ForwardingPlan plan, bool busy)
    {
        var steps = new List<string> { $"{plan.First.Target}/{plan.First.RingTime.TotalSeconds}" };
        while (plan.Next(busy) is { } next) steps.Add($"{next.Target}/{next.RingTime.TotalSeconds}/{next.Reason}");
        return steps;
    }

    [Fact]
    public void Without_rules_only_the_extension_rings_for_the_default_time() =>
        Assert.Equal(["1002/30"], Walk(new ForwardingPlan("1002", null, Default), busy: false));

    [Fact]
    public void Unconditional_replaces_the_extension_and_nothing_follows() =>
        Assert.Equal(["1003/30"], Walk(new ForwardingPlan("1002", new ForwardingRules { Always = "1003", NoAnswer = "1004" }, Default), busy: false));

    [Fact]
    public void Busy_and_no_answer_each_take_their_own_target_after_the_shortened_ring()
    {
        var rules = new ForwardingRules { Busy = "1003", NoAnswer = "1004", NoAnswerTimeout = TimeSpan.FromSeconds(12) };
        Assert.Equal(["1002/12", "1003/30/busy"], Walk(new ForwardingPlan("1002", rules, Default), busy: true));
        Assert.Equal(["1002/12", "1004/30/no answer"], Walk(new ForwardingPlan("1002", rules, Default), busy: false));
    }

    [Fact]
    public void Busy_without_a_busy_target_and_without_follow_me_ends_at_the_extension() =>
        Assert.Equal(["1002/20"], Walk(new ForwardingPlan("1002", new ForwardingRules { NoAnswer = "1004" }, Default), busy: true));

    [Fact]
    public void Follow_me_takes_at_most_three_numbers_in_turn_skipping_the_extension_itself()
    {
        var rules = new ForwardingRules
        {
            FollowMe =
            [
                new FollowMeStep("1002", TimeSpan.FromSeconds(5)), new FollowMeStep("1003", TimeSpan.FromSeconds(15)),
                new FollowMeStep("sip:13800138000@10.0.0.5", TimeSpan.FromSeconds(25)), new FollowMeStep("1004", TimeSpan.FromSeconds(10)),
                new FollowMeStep("1005", TimeSpan.FromSeconds(10)),
            ],
        };
        Assert.Equal(["1002/20", "1003/15/follow-me 1", "sip:13800138000@10.0.0.5/25/follow-me 2", "1004/10/follow-me 3"],
            Walk(new ForwardingPlan("1002", rules, Default), busy: false));
    }

    [Fact]
    public void Forwarding_to_itself_is_ignored() =>
        Assert.Equal(["1002/30"], Walk(new ForwardingPlan("1002", new ForwardingRules { Always = "1002", Busy = "1002" }, Default), busy: true));
}
