using CallCenter.Engine.Descriptors;

namespace CallCenter.Designer.Palette;

/// <summary>One activity the designer can place, as the palette shows it: name and help in the user's language.</summary>
/// <param name="TypeName">The JSON type name a drop or a pick places (e.g. <c>Menu</c>).</param>
/// <param name="Name">The display name in the palette's language.</param>
/// <param name="Help">The description in the palette's language, shown as the tooltip.</param>
/// <param name="Category">The category in the palette's language.</param>
/// <param name="Icon">The Material icon id from the descriptor (e.g. <c>dialpad</c>), or null.</param>
/// <param name="Descriptor">The descriptor it was built from.</param>
public sealed record PaletteItem(string TypeName, string Name, string Help, string Category, string? Icon, ActivityDescriptor Descriptor)
{
    /// <summary>Starts a flow on a condition (a call to a number, a schedule, an event) when placed first.</summary>
    public bool IsTrigger => Descriptor.IsTrigger;

    /// <summary>May be the first activity of a flow (a trigger or Start).</summary>
    public bool CanStartWorkflow => Descriptor.CanStartWorkflow;
}
