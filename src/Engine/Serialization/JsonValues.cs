using System.Text.Json;

namespace CallCenter.Engine.Serialization;

/// <summary>Turns JSON into the plain values variables hold (string, long, double, bool, null, lists, dictionaries).</summary>
public static class JsonValues
{
    public static object? ToObject(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => ToList(element),
        JsonValueKind.Object => ToDictionary(element),
        _ => null,
    };

    public static Dictionary<string, object?> ToDictionary(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject()) result[property.Name] = ToObject(property.Value);
        return result;
    }

    private static List<object?> ToList(JsonElement element)
    {
        var result = new List<object?>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray()) result.Add(ToObject(item));
        return result;
    }

    public static Dictionary<string, object?> ParseVariables(string? json) =>
        string.IsNullOrEmpty(json) ? new(StringComparer.Ordinal) : ParseObject(json);

    private static Dictionary<string, object?> ParseObject(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ToDictionary(document.RootElement);
    }

    public static string SerializeVariables(Dictionary<string, object?> variables) =>
        JsonSerializer.Serialize(variables, WorkflowJsonOptions.Default);
}
