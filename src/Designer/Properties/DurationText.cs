using System.Globalization;
using System.Text.Json;

namespace CallCenter.Designer.Properties;

/// <summary>
/// Durations as the Engine reads them: a number of seconds (what the shipped flows write, e.g. <c>"timeout": 5</c>) or
/// text in hh:mm:ss / d.hh:mm:ss. The editor writes seconds as a number and longer forms as normalised text.
/// </summary>
public static class DurationText
{
    /// <summary>What the editor shows for a stored value.</summary>
    public static string Format(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        { ValueKind: JsonValueKind.String } s => s.GetString() ?? "",
        _ => "",
    };

    /// <summary>Reads a stored value as a duration, or null when it is none.</summary>
    public static TimeSpan? Read(JsonElement? value) => TryParse(Format(value), out _, out var duration) ? duration : null;

    /// <summary>Parses typed text: seconds (<c>90</c>, <c>1.5</c>) become a JSON number, <c>00:01:30</c> a normalised JSON string.</summary>
    public static bool TryParse(string? text, out JsonElement value, out TimeSpan duration)
    {
        value = default;
        duration = default;
        var s = (text ?? "").Trim();
        if (s.Length == 0) return false;
        if (decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            if (seconds > (decimal)TimeSpan.MaxValue.TotalSeconds) return false;
            duration = TimeSpan.FromSeconds((double)seconds);
            value = PropertyValues.Number(seconds);
            return true;
        }
        if (s.Contains(':', StringComparison.Ordinal) && TimeSpan.TryParse(s, CultureInfo.InvariantCulture, out duration) && duration >= TimeSpan.Zero)
        {
            value = PropertyValues.Text(duration.ToString("c", CultureInfo.InvariantCulture));
            return true;
        }
        return false;
    }
}
