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

    /// <summary>Declared outcomes that must be connected (<see cref="Abstractions.OutcomesAttribute.Required"/>).</summary>
    public IReadOnlyList<string> RequiredOutcomes { get; init; } = [];

    /// <summary>Computed outcomes that may stay unconnected (<see cref="Abstractions.OutcomesAttribute.Optional"/>).</summary>
    public IReadOnlyList<string> OptionalOutcomes { get; init; } = [];

    /// <summary>Its effect reaches outside the flow (<see cref="Abstractions.ActivityAttribute.HasExternalEffect"/>).</summary>
    public bool HasExternalEffect { get; init; }

    /// <summary>
    /// Whether publishing needs <paramref name="outcome"/> connected: never <see cref="ErrorOutcome"/> or an optional
    /// one; always a required one; otherwise an outcome computed from the node's settings (a Menu's option, a Switch's
    /// case: not among the declared <see cref="Outcomes"/>) is required and a declared one is not (the flow ends there).
    /// </summary>
    public bool IsRequiredOutcome(string outcome)
    {
        if (outcome == ErrorOutcome || OptionalOutcomes.Contains(outcome)) return false;
        if (RequiredOutcomes.Contains(outcome)) return true;
        return HasDynamicOutcomes && !Outcomes.Contains(outcome);
    }
}
