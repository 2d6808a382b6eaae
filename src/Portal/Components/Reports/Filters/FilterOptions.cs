namespace CallCenter.Portal.Components.Reports.Filters;

/// <summary>The values one picker offers, loaded once, searched as the user types.</summary>
public sealed class FilterOptions
{
    private readonly IReadOnlyList<FilterOption> _options;
    private readonly Dictionary<string, FilterOption> _byValue;

    /// <summary>The options in the order given; a value listed twice keeps its first entry (the first with a name wins).</summary>
    public FilterOptions(IEnumerable<FilterOption> options)
    {
        _byValue = new Dictionary<string, FilterOption>(StringComparer.Ordinal);
        var ordered = new List<FilterOption>();
        foreach (var option in options)
        {
            if (string.IsNullOrWhiteSpace(option.Value)) continue;
            if (_byValue.TryGetValue(option.Value, out var known))
            {
                if (string.IsNullOrWhiteSpace(known.Name) && !string.IsNullOrWhiteSpace(option.Name))
                {
                    _byValue[option.Value] = option;
                    ordered[ordered.IndexOf(known)] = option;
                }
                continue;
            }
            _byValue.Add(option.Value, option);
            ordered.Add(option);
        }
        _options = ordered;
    }

    /// <summary>No options (before loading).</summary>
    public static FilterOptions Empty { get; } = new([]);

    /// <summary>Every option.</summary>
    public IReadOnlyList<FilterOption> All => _options;

    /// <summary>The name shown beside a value, or null for a value not (or no longer) configured.</summary>
    public string? NameOf(string? value) => value is not null && _byValue.TryGetValue(value, out var option) ? option.Name : null;

    /// <summary>The values matching the typed text (all of them for no text), in the configured order.</summary>
    public IEnumerable<string> Search(string? text)
    {
        var typed = text?.Trim();
        return string.IsNullOrEmpty(typed)
            ? _options.Select(o => o.Value)
            : _options.Where(o => o.Matches(typed)).Select(o => o.Value);
    }
}
