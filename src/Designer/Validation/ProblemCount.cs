using CallCenter.Engine.Validation;

namespace CallCenter.Designer.Validation;

/// <summary>How many errors and warnings a validation found; publishing is refused while <see cref="Errors"/> is above zero.</summary>
public readonly record struct ProblemCount(int Errors, int Warnings)
{
    /// <summary>The counts of <paramref name="result"/> (none for null).</summary>
    public static ProblemCount Of(ValidationResult? result) => result is null
        ? default
        : new(result.Problems.Count(p => p.Severity == ValidationSeverity.Error), result.Problems.Count(p => p.Severity == ValidationSeverity.Warning));

    /// <summary>Whether the flow may be published.</summary>
    public bool CanPublish => Errors == 0;
}
