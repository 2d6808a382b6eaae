namespace CallCenter.Engine.Validation;

/// <summary>All problems found in a definition; valid when none is an error.</summary>
public sealed record ValidationResult(IReadOnlyList<ValidationError> Problems)
{
    public bool IsValid => !Problems.Any(p => p.Severity == ValidationSeverity.Error);
    public IEnumerable<ValidationError> Errors => Problems.Where(p => p.Severity == ValidationSeverity.Error);
    public IEnumerable<ValidationError> Warnings => Problems.Where(p => p.Severity == ValidationSeverity.Warning);
    public override string ToString() => string.Join(Environment.NewLine, Problems);
}
