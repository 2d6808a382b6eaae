namespace CallCenter.Engine.Descriptors;

/// <summary>Everything the designer and validator know of an activity type, built by reflection.</summary>
public sealed record ActivityDescriptor(
    string TypeName,
    Type ClrType,
    string Category,
    string CategoryZh,
    string DisplayName,
    string DisplayNameZh,
    string Description,
    string DescriptionZh,
    string? Icon,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<OutputDescriptor> Outputs,
    IReadOnlyList<string> Outcomes,
    bool HasDynamicOutcomes,
    bool CanStartWorkflow,
    bool IsTrigger)
{
    /// <summary>Every activity may also end with this outcome when it throws.</summary>
    public const string ErrorOutcome = "Error";
}
