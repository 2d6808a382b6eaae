using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Descriptors;

namespace CallCenter.Engine.Execution;

/// <summary>A node of a materialized flow: its bound activity and, per outcome, the nodes that run next.</summary>
public sealed class ExecutableNode
{
    private static readonly ExecutableNode[] None = [];

    internal ExecutableNode(string id, ActivityDescriptor descriptor, Activity activity)
    {
        Id = id;
        Descriptor = descriptor;
        Activity = activity;
    }

    public string Id { get; }
    public ActivityDescriptor Descriptor { get; }
    public Activity Activity { get; }
    internal Dictionary<string, ExecutableNode[]> Next { get; } = new(StringComparer.Ordinal);
    /// <summary>For a wait-all join: the inbound connections ("source/outcome") that must all arrive.</summary>
    internal HashSet<string>? WaitAllInbound { get; set; }

    internal ExecutableNode[] NextFor(string outcome) => Next.TryGetValue(outcome, out var targets) ? targets : None;
}
