namespace CallCenter.Engine.Abstractions;

/// <summary>Marks a class as an activity the designer can place; names and help come in English and zh-CN.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string category, string displayName, string description) : Attribute
{
    public string Category { get; } = category;
    public string DisplayName { get; } = displayName;
    public string Description { get; } = description;
    public string? CategoryZh { get; init; }
    public string? DisplayNameZh { get; init; }
    public string? DescriptionZh { get; init; }
    /// <summary>The type name used in workflow JSON; the class name when not set.</summary>
    public string? TypeName { get; init; }
    /// <summary>A designer icon name (Material icon id).</summary>
    public string? Icon { get; init; }

    /// <summary>
    /// Its effect reaches outside the flow (rings an agent, sends a message, stores a ticket): a simulated run does not
    /// run it but asks which outcome it takes (<see cref="Simulation.IFlowSimulation.ChooseOutcomeAsync"/>).
    /// </summary>
    public bool HasExternalEffect { get; init; }
}
