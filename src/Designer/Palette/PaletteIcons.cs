using System.Collections.Frozen;
using System.Reflection;
using MudBlazor;

namespace CallCenter.Designer.Palette;

/// <summary>
/// Turns a descriptor's Material icon id (<c>volume_up</c>) into the MudBlazor icon (<c>Icons.Material.Filled.VolumeUp</c>),
/// so activities name their icon once, in the Engine, without a reference to MudBlazor.
/// </summary>
public static class PaletteIcons
{
    /// <summary>The icon shown for an activity whose descriptor names no known icon.</summary>
    public static readonly string Fallback = Icons.Material.Filled.Extension;

    // MudBlazor spells a few icons twice (AddChart and Addchart): the first wins, they draw the same.
    private static readonly FrozenDictionary<string, string> ByKey = typeof(Icons.Material.Filled)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(string))
        .GroupBy(f => f.Name.ToLowerInvariant(), StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => (string)g.First().GetValue(null)!, StringComparer.Ordinal);

    /// <summary>The SVG of the icon named <paramref name="materialId"/>, or null when MudBlazor has no such icon.</summary>
    public static string? Find(string? materialId) =>
        string.IsNullOrWhiteSpace(materialId) ? null : ByKey.GetValueOrDefault(materialId.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant());

    /// <summary>The SVG of the icon named <paramref name="materialId"/>, or <see cref="Fallback"/>.</summary>
    public static string Resolve(string? materialId) => Find(materialId) ?? Fallback;
}
