namespace CallCenter.Designer.Palette;

/// <summary>One category of the palette with its activities, sorted by name.</summary>
public sealed record PaletteGroup(string Category, IReadOnlyList<PaletteItem> Items);
