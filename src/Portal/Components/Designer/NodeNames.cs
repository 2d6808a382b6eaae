using System.Globalization;
using CallCenter.Engine.Descriptors;
using CallCenter.Engine.Models;

namespace CallCenter.Portal.Components.Designer;

/// <summary>How the designer pages name an activity to the admin: its display name, else its type in their language.</summary>
public static class NodeNames
{
    public static bool Chinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>The type's name in the user's language ("菜单" / "Menu").</summary>
    public static string TypeName(ActivityDescriptor descriptor) => Chinese ? descriptor.DisplayNameZh : descriptor.DisplayName;

    /// <summary>"Welcome (play1)": the node's name and, for telling nodes apart, its id; the bare id for an unknown node.</summary>
    public static string Of(string? nodeId, WorkflowDefinition definition, ActivityRegistry registry)
    {
        if (nodeId is null) return "";
        var node = definition.Root.Activities.FirstOrDefault(a => a.Id == nodeId);
        if (node is null) return nodeId;
        var name = node.DisplayName ?? (registry.Find(node.Type) is { } descriptor ? TypeName(descriptor) : node.Type);
        return $"{name} ({nodeId})";
    }
}
