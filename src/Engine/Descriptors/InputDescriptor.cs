using System.Reflection;
using CallCenter.Engine.Abstractions;

namespace CallCenter.Engine.Descriptors;

/// <summary>One input of an activity type: its JSON name, value type, editor, default and whether it is required.</summary>
public sealed record InputDescriptor(
    string Name,
    Type ValueType,
    string DisplayName,
    string DisplayNameZh,
    string? Description,
    string? DescriptionZh,
    InputEditor Editor,
    object? DefaultValue,
    bool Required,
    IReadOnlyList<string>? Options,
    bool SupportsExpressions)
{
    internal PropertyInfo Property { get; init; } = null!;

    /// <summary>The input as bound on <paramref name="activity"/> (literal or script), e.g. for an <see cref="Validation.IWorkflowValidator"/>.</summary>
    public IInput? ReadFrom(Activity activity) => Property.GetValue(activity) as IInput;
}
