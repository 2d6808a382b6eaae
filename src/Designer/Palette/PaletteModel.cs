using System.Globalization;
using CallCenter.Engine.Descriptors;

namespace CallCenter.Designer.Palette;

/// <summary>
/// The palette's content, built only from the registered activity descriptors (never a hand-written list): grouped by
/// category, names and help in the UI language (Chinese for zh-*, English otherwise), sorted in that language.
/// </summary>
public sealed class PaletteModel
{
    private readonly CompareInfo _compare;

    /// <summary>Builds the palette of <paramref name="descriptors"/> in <paramref name="culture"/>.</summary>
    public PaletteModel(IEnumerable<ActivityDescriptor> descriptors, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        ArgumentNullException.ThrowIfNull(culture);
        Culture = culture;
        IsChinese = culture.TwoLetterISOLanguageName == "zh";
        _compare = culture.CompareInfo;
        var items = descriptors.Select(ToItem).ToList();
        Groups = Group(items);
        Count = items.Count;
    }

    /// <summary>The palette of the registry's activities in the current UI culture.</summary>
    public static PaletteModel For(ActivityRegistry registry, CultureInfo? culture = null) =>
        new(registry.All, culture ?? CultureInfo.CurrentUICulture);

    /// <summary>The culture the names were taken for.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Whether names and help come from the descriptors' Chinese fields.</summary>
    public bool IsChinese { get; }

    /// <summary>Every category with its activities, sorted by category name.</summary>
    public IReadOnlyList<PaletteGroup> Groups { get; }

    /// <summary>The number of activities in the palette.</summary>
    public int Count { get; }

    /// <summary>The item of a type name, or null.</summary>
    public PaletteItem? Find(string typeName) =>
        Groups.SelectMany(g => g.Items).FirstOrDefault(i => string.Equals(i.TypeName, typeName, StringComparison.Ordinal));

    /// <summary>
    /// The groups holding the activities that match every word of <paramref name="text"/> in their name, help, type
    /// name or category, in English or Chinese (a Chinese substring such as 放音 matches too); all for empty text.
    /// </summary>
    public IReadOnlyList<PaletteGroup> Search(string? text)
    {
        var words = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0) return Groups;
        var result = new List<PaletteGroup>();
        foreach (var group in Groups)
        {
            var hits = group.Items.Where(i => words.All(w => Matches(i.Descriptor, w))).ToList();
            if (hits.Count > 0) result.Add(group with { Items = hits });
        }
        return result;
    }

    private static bool Matches(ActivityDescriptor d, string word) =>
        Contains(d.DisplayName, word) || Contains(d.DisplayNameZh, word)
        || Contains(d.Description, word) || Contains(d.DescriptionZh, word)
        || Contains(d.TypeName, word) || Contains(d.Category, word) || Contains(d.CategoryZh, word);

    private static bool Contains(string? text, string word) => text?.Contains(word, StringComparison.OrdinalIgnoreCase) == true;

    private PaletteItem ToItem(ActivityDescriptor d) => IsChinese
        ? new PaletteItem(d.TypeName, d.DisplayNameZh, d.DescriptionZh, d.CategoryZh, d.Icon, d)
        : new PaletteItem(d.TypeName, d.DisplayName, d.Description, d.Category, d.Icon, d);

    private List<PaletteGroup> Group(List<PaletteItem> items)
    {
        var byName = Comparer<string>.Create((a, b) => _compare.Compare(a, b, CompareOptions.IgnoreCase));
        return items
            .GroupBy(i => i.Category, StringComparer.Ordinal)
            .OrderBy(g => g.Key, byName)
            .Select(g => new PaletteGroup(g.Key, g.OrderBy(i => i.Name, byName).ThenBy(i => i.TypeName, StringComparer.Ordinal).ToList()))
            .ToList();
    }
}
