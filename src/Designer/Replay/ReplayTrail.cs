using System.Globalization;
using CallCenter.Designer.Canvas;

namespace CallCenter.Designer.Replay;

/// <summary>The path a replayed call drew over its flow: the nodes of the call's own flow, each badged with the time spent there and the keys pressed.</summary>
public static class ReplayTrail
{
    public static FlowTrail Of(FlowReplay replay, string? selected = null)
    {
        var own = replay.Steps.Where(s => s.FlowId == replay.FlowId).ToList();
        var time = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var step in own)
        {
            time[step.ActivityId] = time.GetValueOrDefault(step.ActivityId) + step.Duration;
            if (!string.IsNullOrEmpty(step.Digits)) keys[step.ActivityId] = keys.TryGetValue(step.ActivityId, out var before) ? before + "," + step.Digits : step.Digits;
        }
        var badges = time.ToDictionary(t => t.Key, t => keys.TryGetValue(t.Key, out var k) ? $"{Seconds(t.Value)} · {k}" : Seconds(t.Value), StringComparer.Ordinal);
        return new FlowTrail(own.Select(s => (s.ActivityId, s.Outcome)), selected, badges);
    }

    /// <summary>A duration as seconds with one decimal ("1.2 s").</summary>
    public static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
