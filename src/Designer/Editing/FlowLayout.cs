using CallCenter.Engine.Models;

namespace CallCenter.Designer.Editing;

/// <summary>
/// Layered left-to-right layout: the start node in the first column, every other node in the column of its BFS depth
/// from it, stacked in the order BFS reaches them (a node's targets in the order of its outcomes). Nodes no path
/// reaches start their own BFS after it. Columns and rows are spaced by <see cref="NodeMetrics"/>, so nodes never overlap.
/// </summary>
internal static class FlowLayout
{
    public const double Margin = 40;
    public const double ColumnGap = 80;
    public const double RowGap = 30;

    public static Dictionary<string, Position> Arrange(Flowchart flow, Func<string, IReadOnlyList<string>> outcomesOf, Func<ActivityNode, bool> canStart)
    {
        var next = Successors(flow, outcomesOf);
        var inbound = new HashSet<string>(flow.Connections.Select(c => c.Target), StringComparer.Ordinal);
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        var columns = new List<List<string>>();
        foreach (var root in Roots(flow, inbound, canStart))
        {
            if (depth.ContainsKey(root)) continue;
            var queue = new Queue<string>();
            Visit(root, 0);
            queue.Enqueue(root);
            while (queue.TryDequeue(out var id))
            {
                foreach (var target in next.GetValueOrDefault(id) ?? [])
                {
                    if (depth.ContainsKey(target)) continue;
                    Visit(target, depth[id] + 1);
                    queue.Enqueue(target);
                }
            }
        }
        var positions = new Dictionary<string, Position>(StringComparer.Ordinal);
        for (var column = 0; column < columns.Count; column++)
        {
            var x = Margin + column * (NodeMetrics.Width + ColumnGap);
            var y = Margin;
            foreach (var id in columns[column])
            {
                positions[id] = new Position(x, y);
                y += NodeMetrics.Height(outcomesOf(id).Count) + RowGap;
            }
        }
        return positions;

        void Visit(string id, int d)
        {
            depth[id] = d;
            while (columns.Count <= d) columns.Add([]);
            columns[d].Add(id);
        }
    }

    private static IEnumerable<string> Roots(Flowchart flow, HashSet<string> inbound, Func<ActivityNode, bool> canStart)
    {
        if (!string.IsNullOrEmpty(flow.StartActivityId) && flow.Activities.Any(a => a.Id == flow.StartActivityId))
            yield return flow.StartActivityId;
        foreach (var node in flow.Activities)
            if (!inbound.Contains(node.Id) && canStart(node)) yield return node.Id;
        foreach (var node in flow.Activities)
            if (!inbound.Contains(node.Id)) yield return node.Id;
        foreach (var node in flow.Activities) yield return node.Id;
    }

    private static Dictionary<string, List<string>> Successors(Flowchart flow, Func<string, IReadOnlyList<string>> outcomesOf)
    {
        var known = new HashSet<string>(flow.Activities.Select(a => a.Id), StringComparer.Ordinal);
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var group in flow.Connections.GroupBy(c => c.Source, StringComparer.Ordinal))
        {
            var order = outcomesOf(group.Key);
            result[group.Key] = group
                .Where(c => known.Contains(c.Target))
                .Select((c, i) => (c.Target, Rank: IndexOf(order, c.Outcome) is var r and >= 0 ? r : order.Count + i))
                .OrderBy(t => t.Rank)
                .Select(t => t.Target)
                .ToList();
        }
        return result;
    }

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i] == item) return i;
        return -1;
    }
}
