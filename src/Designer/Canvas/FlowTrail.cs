namespace CallCenter.Designer.Canvas;

/// <summary>
/// A path to draw over the flow: the nodes a run went through, the outcome ports it left them by, the node it is at
/// now, and a short badge per node (the simulator's visit order, a replayed call's time and keys, today's counts).
/// Steps of other flows (sub-flows) are left out by whoever builds it.
/// </summary>
public sealed class FlowTrail
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly HashSet<(string Source, string Outcome)> _taken = [];
    private readonly Dictionary<string, string> _badges = new(StringComparer.Ordinal);

    /// <param name="steps">The nodes in the order they ran, each with the outcome it took (null while running or when it ended the flow).</param>
    /// <param name="current">The node running now, if any.</param>
    /// <param name="badges">A short text per node, shown on it.</param>
    public FlowTrail(IEnumerable<(string ActivityId, string? Outcome)> steps, string? current = null, IReadOnlyDictionary<string, string>? badges = null)
    {
        foreach (var (activity, outcome) in steps)
        {
            _visited.Add(activity);
            if (outcome is not null) _taken.Add((activity, outcome));
        }
        Current = current;
        if (current is not null) _visited.Add(current);
        if (badges is not null) foreach (var (node, badge) in badges) _badges[node] = badge;
    }

    /// <summary>Nothing to show.</summary>
    public static FlowTrail Empty { get; } = new([]);

    public string? Current { get; }

    public bool Visited(string activityId) => _visited.Contains(activityId);

    /// <summary>Whether the run left <paramref name="source"/> by <paramref name="outcome"/>.</summary>
    public bool Took(string source, string outcome) => _taken.Contains((source, outcome));

    public string? BadgeOf(string activityId) => _badges.GetValueOrDefault(activityId);
}
