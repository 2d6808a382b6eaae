namespace CallCenter.Engine.Abstractions;

/// <summary>Describes an activity output; the flow maps it to a variable by name.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class OutputAttribute : Attribute
{
    public string? DisplayName { get; init; }
    public string? DisplayNameZh { get; init; }
    public string? Description { get; init; }
    public string? DescriptionZh { get; init; }
}
