namespace CallCenter.Engine.Validation;

/// <summary>Errors block publishing; warnings are shown but do not.</summary>
public enum ValidationSeverity
{
    Error,
    Warning,
}
