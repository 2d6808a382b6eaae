using CallCenter.Engine.Models;

namespace CallCenter.Designer.Editing;

/// <summary>Copied activities (deep copies, so later edits do not change the copy) and the connections between them.</summary>
internal sealed record FlowClipboard(IReadOnlyList<ActivityNode> Nodes, IReadOnlyList<Connection> Connections)
{
    public static ActivityNode CopyOf(ActivityNode node, string id, Position? position) => new()
    {
        Id = id,
        Type = node.Type,
        DisplayName = node.DisplayName,
        Position = position,
        Properties = node.Properties.ToDictionary(p => p.Key, p => p.Value.Clone(), StringComparer.OrdinalIgnoreCase),
    };
}
