using System.Globalization;
using System.Text.Json;

namespace CallCenter.Portal.Designer.Simulation;

/// <summary>A flow's variables as the simulator shows them: sorted by name, each value as text (lists and objects as JSON).</summary>
public static class SimulationValues
{
    public const int MaxLength = 300;

    public static IReadOnlyList<KeyValuePair<string, string>> Format(IReadOnlyDictionary<string, object?> variables) =>
        variables.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => KeyValuePair.Create(v.Key, Text(v.Value))).ToList();

    private static string Text(object? value)
    {
        var text = value switch
        {
            null => "",
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => Json(value),
        };
        return text.Length > MaxLength ? text[..MaxLength] + "…" : text;
    }

    private static string Json(object value)
    {
        try
        {
            return JsonSerializer.Serialize(value);
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or JsonException)
        {
            return value.ToString() ?? "";
        }
    }
}
