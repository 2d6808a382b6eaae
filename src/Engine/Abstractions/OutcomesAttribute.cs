namespace CallCenter.Engine.Abstractions;

/// <summary>
/// The fixed outcomes of an activity (without it an activity has the single outcome <c>Done</c>) and which outcomes
/// must be connected before the flow can be published. Rule (see <see cref="Descriptors.ActivityDescriptor.IsRequiredOutcome"/>):
/// an outcome computed from the node's settings that is not listed here (a Menu's option, a Switch's case) is required;
/// a listed outcome is optional (left unconnected, the flow ends there) unless it is in <see cref="Required"/>;
/// <c>Error</c> is never required.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class OutcomesAttribute(params string[] outcomes) : Attribute
{
    public IReadOnlyList<string> Outcomes { get; } = outcomes;

    /// <summary>Listed outcomes that must be connected, e.g. the one that carries the activity's result. Default: none.</summary>
    public string[] Required { get; set; } = [];

    /// <summary>Computed outcomes that may be left unconnected although they are not listed. Default: none.</summary>
    public string[] Optional { get; set; } = [];
}
