namespace CallCenter.Engine.Abstractions;

/// <summary>Describes an activity input for the property panel.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class InputAttribute : Attribute
{
    public string? DisplayName { get; init; }
    public string? DisplayNameZh { get; init; }
    public string? Description { get; init; }
    public string? DescriptionZh { get; init; }
    public bool Required { get; init; }
    /// <summary>Overrides the editor chosen from the input's type.</summary>
    public InputEditor Editor { get; init; } = InputEditor.Auto;
    /// <summary>Choices for <see cref="InputEditor.Select"/>.</summary>
    public string[]? Options { get; init; }
    /// <summary>False when the value must be a literal (e.g. a trigger key indexed at publish time).</summary>
    public bool SupportsExpressions { get; init; } = true;
}
