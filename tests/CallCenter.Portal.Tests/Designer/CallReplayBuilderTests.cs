using CallCenter.Domain.Calls;
using CallCenter.Domain.Reports;
using CallCenter.Portal.Designer.Replay;
using CallCenter.Portal.Designer.Stats;

namespace CallCenter.Portal.Tests.Designer;

/// <summary>
/// A stored call turned into its replay: each step lasts until the next one (the last until the call ended), keys and
/// prompts belong to the step that was running at that node; today's figures drawn over one flow.
/// </summary>
public sealed class CallReplayBuilderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Steps_last_until_the_next_one_and_keep_the_keys_and_words_of_their_visit()
    {
        var record = new CallDetailRecord
        {
            CallId = "c1", From = "13912345678", To = "12345", StartedAt = T0.UtcDateTime, EndedAt = T0.AddSeconds(20).UtcDateTime, HangupBy = "Caller",
        };
        var trace = new CallTrace { CallId = "c1", FlowName = "hotline", FlowVersion = 4 };
        trace.Details.Path.AddRange(
        [
            new CallStep("start", "Start", "Done", T0),
            new CallStep("menu", "Menu", "Invalid", T0.AddSeconds(1)),
            new CallStep("menu", "Menu", "2", T0.AddSeconds(6)),
            new CallStep("q1", "Menu", "1", T0.AddSeconds(9), Flow: "survey"),
            new CallStep("bye", "Play", null, T0.AddSeconds(15)),
        ]);
        trace.Details.Digits.AddRange([new CallDigits("menu", "9", T0.AddSeconds(4)), new CallDigits("menu", "2", T0.AddSeconds(8)), new CallDigits("q1", "1", T0.AddSeconds(12))]);
        trace.Details.Prompts.AddRange([new CallPromptPlayed("menu", "menu", null, null, T0.AddSeconds(1)), new CallPromptPlayed("bye", null, "再见", "cmn", T0.AddSeconds(15))]);

        var replay = CallReplayBuilder.Build(record, trace, "2026-11-25 10:00:00");

        Assert.Equal(("hotline", 4, TimeSpan.FromSeconds(20), "Caller"), (replay.FlowId, replay.Version, replay.Duration, replay.HangupBy));
        Assert.Equal([1, 5, 3, 6, 5], replay.Steps.Select(s => (int)s.Duration.TotalSeconds));
        Assert.Equal([null, "9", "2", "1", null], replay.Steps.Select(s => s.Digits));
        Assert.Equal(["hotline", "hotline", "hotline", "survey", "hotline"], replay.Steps.Select(s => s.FlowId));
        Assert.Equal(["♪ menu"], replay.Steps[1].Said);
        Assert.Empty(replay.Steps[2].Said);
        Assert.Equal(["再见"], replay.Steps[4].Said);
    }

    [Fact]
    public void Todays_figures_mark_the_nodes_calls_entered_with_their_counts_and_the_outcomes_they_left_by()
    {
        var rows = new[]
        {
            new IvrNodeRow("hotline", "menu", "Menu", 12, 3, new Dictionary<string, int> { ["1"] = 7, ["2"] = 2, ["Timeout"] = 0 }),
            new IvrNodeRow("hotline", "unused", "Play", 0, 0, new Dictionary<string, int>()),
            new IvrNodeRow("survey", "q1", "Menu", 5, 1, new Dictionary<string, int> { ["1"] = 4 }),
        };

        var trail = NodeTrafficTrail.Of(rows, "hotline", (entered, hungUp) => $"{entered}/{hungUp}");

        Assert.Equal("12/3", trail.BadgeOf("menu"));
        Assert.True(trail.Visited("menu") && !trail.Visited("unused") && !trail.Visited("q1"));
        Assert.True(trail.Took("menu", "1") && trail.Took("menu", "2") && !trail.Took("menu", "Timeout"));
    }
}
