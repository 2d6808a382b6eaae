using CallCenter.Engine.Validation;

namespace CallCenter.Engine.Runtime;

/// <summary>The version stored, or the problems that kept the definition from being stored.</summary>
public sealed record PublishResult(bool Success, int Version, ValidationResult Validation, string? Error = null)
{
    public override string ToString() => Success ? $"v{Version}" : Error ?? Validation.ToString();
}
