using System.Collections.Concurrent;
using System.Reflection;
using MudBlazor;

namespace CallCenter.Designer.Canvas;

/// <summary>
/// Turns a descriptor's Material icon name (<c>volume_up</c>, <c>dialpad</c>) into MudBlazor's SVG icon
/// (<c>Icons.Material.Filled.VolumeUp</c>), so no icon font is needed.
/// </summary>
public static class ActivityIcons
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The icon for an activity; a puzzle piece when the name is unknown or missing.</summary>
    public static string For(string? name) =>
        string.IsNullOrWhiteSpace(name) ? Icons.Material.Filled.Extension : Cache.GetOrAdd(name, Find);

    private static string Find(string name)
    {
        var pascal = string.Concat(name.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        var field = typeof(Icons.Material.Filled).GetField(pascal, BindingFlags.Public | BindingFlags.Static);
        return field?.GetValue(null) as string ?? Icons.Material.Filled.Extension;
    }
}
