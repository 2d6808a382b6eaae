using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Descriptors;
using CallCenter.Engine.Models;
using CallCenter.Engine.Validation;

namespace CallCenter.Engine.Execution;

public sealed partial class WorkflowCompiler
{
    /// <summary>
    /// The outcomes a connection from <paramref name="node"/> may use, as the compiler sees them: the dynamic ones
    /// computed from its bound properties (a Menu's options, a Switch's cases) or else the declared ones, then
    /// <see cref="ActivityDescriptor.ErrorOutcome"/>. Properties that do not bind are left at their defaults, so a
    /// half-edited node still has outcomes (the designer draws one port per outcome while the user types).
    /// Empty for an unknown type.
    /// </summary>
    public IReadOnlyList<string> OutcomesOf(ActivityNode node)
    {
        var descriptor = registry.Find(node.Type ?? "");
        if (descriptor is null) return [];
        var activity = (Activity)Activator.CreateInstance(descriptor.ClrType)!;
        activity.Id = node.Id;
        BindProperties(node, descriptor, activity, new HashSet<string>(StringComparer.Ordinal), new List<ValidationError>());
        var outcomes = new List<string>();
        foreach (var outcome in activity.GetDynamicOutcomes() ?? descriptor.Outcomes)
        {
            if (!string.IsNullOrEmpty(outcome) && !outcomes.Contains(outcome)) outcomes.Add(outcome);
        }
        if (!outcomes.Contains(ActivityDescriptor.ErrorOutcome)) outcomes.Add(ActivityDescriptor.ErrorOutcome);
        return outcomes;
    }
}
