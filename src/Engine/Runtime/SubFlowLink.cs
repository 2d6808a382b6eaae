using CallCenter.Engine.Models;

namespace CallCenter.Engine.Runtime;

/// <summary>
/// The link from a child instance to the instance whose SubFlow activity started it. It lives in the child's
/// variables under <see cref="VariableName"/> (stored with them; a name no flow can declare or script can read),
/// so it needs no column of its own and survives restarts like any variable.
/// </summary>
public sealed record SubFlowLink(string ParentInstanceId, string RootInstanceId, int Depth)
{
    /// <summary>The reserved variable holding the link; <c>$</c> is not allowed in declared variable names.</summary>
    public const string VariableName = "$parent";

    /// <summary>The link of a child instance, or null for a top-level one.</summary>
    public static SubFlowLink? Of(WorkflowInstance instance) => Read(instance.Variables);

    /// <summary>The link held in a variable set, or null.</summary>
    public static SubFlowLink? Read(IReadOnlyDictionary<string, object?> variables)
    {
        if (!variables.TryGetValue(VariableName, out var value) || value is not IReadOnlyDictionary<string, object?> map) return null;
        if (map.GetValueOrDefault("instance_id") is not string parent) return null;
        var root = map.GetValueOrDefault("root_instance_id") as string ?? parent;
        var depth = map.GetValueOrDefault("depth") is { } d ? Convert.ToInt32(d, System.Globalization.CultureInfo.InvariantCulture) : 1;
        return new SubFlowLink(parent, root, depth);
    }

    /// <summary>The variable value a child of <paramref name="parent"/> is started with.</summary>
    public static Dictionary<string, object?> ForChildOf(WorkflowInstance parent)
    {
        var above = Of(parent);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["instance_id"] = parent.Id,
            ["root_instance_id"] = above?.RootInstanceId ?? parent.Id,
            ["depth"] = (long)((above?.Depth ?? 0) + 1),
        };
    }
}
