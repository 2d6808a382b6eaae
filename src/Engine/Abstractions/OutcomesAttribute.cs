namespace CallCenter.Engine.Abstractions;

/// <summary>The fixed outcomes of an activity; without it an activity has the single outcome <c>Done</c>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class OutcomesAttribute(params string[] outcomes) : Attribute
{
    public IReadOnlyList<string> Outcomes { get; } = outcomes;
}
