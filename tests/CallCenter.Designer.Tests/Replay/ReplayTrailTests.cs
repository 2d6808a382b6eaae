using CallCenter.Designer.Replay;

namespace CallCenter.Designer.Tests.Replay;

/// <summary>A replayed call's badges: time spent per node (summed over visits), keys pressed there; sub-flow steps stay off the flow's canvas.</summary>
public sealed class ReplayTrailTests
{
    private static ReplayStep Step(int order, string node, string? outcome, double seconds, string? digits = null, string flow = "ivr") =>
        new(order, flow, node, "Menu", outcome, TimeSpan.FromSeconds(seconds), digits, []);

    [Fact]
    public void A_node_visited_twice_shows_its_total_time_and_both_keys_and_sub_flow_steps_are_left_out()
    {
        var replay = new FlowReplay("c1", "ivr", 3, "139", "12345", "2026-11-25 10:00:00", TimeSpan.FromSeconds(20), "Caller",
        [
            Step(1, "start", "Done", 0), Step(2, "menu", "Invalid", 4.5, "9"), Step(3, "menu", "1", 2.25, "1"),
            Step(4, "survey", null, 1, flow: "satisfaction-survey"), Step(5, "bye", null, 1.5),
        ]);

        var trail = ReplayTrail.Of(replay, selected: "bye");

        Assert.Equal("6.8 s · 9,1", trail.BadgeOf("menu"));
        Assert.Equal("1.5 s", trail.BadgeOf("bye"));
        Assert.True(trail.Took("menu", "1") && trail.Took("menu", "Invalid") && !trail.Took("menu", "2"));
        Assert.False(trail.Visited("survey"));
        Assert.Equal("bye", trail.Current);
    }
}
