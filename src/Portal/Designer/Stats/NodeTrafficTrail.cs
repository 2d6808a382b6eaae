using CallCenter.Designer.Canvas;
using CallCenter.Domain.Reports;

namespace CallCenter.Portal.Designer.Stats;

/// <summary>
/// Today's IVR navigation figures of one flow drawn over it: every node calls entered is marked and badged with how
/// many entered and how many hung up there, and every outcome calls left by is drawn as taken.
/// </summary>
public static class NodeTrafficTrail
{
    /// <param name="rows">The IVR navigation report's rows (any flows: only <paramref name="flowId"/>'s are drawn).</param>
    /// <param name="badge">The badge text for (entered, hung up).</param>
    public static FlowTrail Of(IEnumerable<IvrNodeRow> rows, string flowId, Func<int, int, string> badge)
    {
        var steps = new List<(string, string?)>();
        var badges = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Flow != flowId || row.Entered == 0) continue;
            badges[row.Node] = badge(row.Entered, row.LeftByHangup);
            steps.Add((row.Node, null));
            foreach (var (outcome, count) in row.Outcomes)
                if (count > 0) steps.Add((row.Node, outcome));
        }
        return new FlowTrail(steps, badges: badges);
    }
}
