using System.Reflection;

namespace CallCenter.Engine.Descriptors;

/// <summary>One output of an activity type; a flow maps it to a variable by name.</summary>
public sealed record OutputDescriptor(
    string Name,
    Type ValueType,
    string DisplayName,
    string DisplayNameZh,
    string? Description,
    string? DescriptionZh)
{
    internal PropertyInfo Property { get; init; } = null!;
}
