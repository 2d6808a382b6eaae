using System.Globalization;
using System.Text;
using System.Text.Json;
using CallCenter.Engine.Descriptors;
using CallCenter.Engine.Models;

namespace CallCenter.Designer.Canvas;

/// <summary>
/// The one line a node shows under its name so a flow reads without opening each node: a Play's prompt or text, a
/// Menu's keys ("1, 2, 9"), an HTTP request's method and URL, a Switch's cases; otherwise the first two set properties.
/// </summary>
public static class ActivitySummary
{
    /// <summary>Longest summary drawn; longer ones end with "…".</summary>
    public const int MaxLength = 60;

    public static string Of(ActivityNode node, ActivityDescriptor? descriptor)
    {
        var text = node.Type switch
        {
            "Menu" => Join(ListOf(node, "options", "digit")),
            "Switch" => Join(ListOf(node, "cases", "outcome")),
            "HttpRequest" => Join([Text(node, "method") ?? "GET", Text(node, "url")], " "),
            _ => null,
        };
        text = string.IsNullOrEmpty(text) ? Spoken(node) : text;
        text = string.IsNullOrEmpty(text) ? FirstProperties(node, descriptor) : text;
        return Shorten(text ?? "");
    }

    // Play, Menu, Say…: what the caller hears is what a supervisor recognises a node by.
    private static string? Spoken(ActivityNode node) => Join([Text(node, "prompt"), Text(node, "text")], " · ");

    private static string? FirstProperties(ActivityNode node, ActivityDescriptor? descriptor)
    {
        var zh = CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var parts = new List<string>(2);
        var names = descriptor?.Inputs.Select(i => (i.Name, Label: zh ? i.DisplayNameZh : i.DisplayName))
            .Concat(descriptor.Outputs.Select(o => (o.Name, Label: zh ? o.DisplayNameZh : o.DisplayName)))
            ?? node.Properties.Keys.Select(k => (Name: k, Label: k));
        foreach (var (name, label) in names)
        {
            if (parts.Count == 2) break;
            if (!node.Properties.TryGetValue(name, out var value) || Show(value) is not { Length: > 0 } shown) continue;
            parts.Add($"{label}: {shown}");
        }
        return Join(parts, ", ");
    }

    private static string? Text(ActivityNode node, string name) =>
        node.Properties.TryGetValue(name, out var value) ? Show(value) : null;

    private static List<string?> ListOf(ActivityNode node, string name, string field)
    {
        var result = new List<string?>();
        if (!node.Properties.TryGetValue(name, out var list) || list.ValueKind != JsonValueKind.Array) return result;
        foreach (var item in list.EnumerateArray())
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(field, out var value)) result.Add(Show(value));
        return result;
    }

    private static string? Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Object when value.TryGetProperty("expression", out var code) && code.ValueKind == JsonValueKind.String => "= " + code.GetString(),
        JsonValueKind.Array => value.GetArrayLength() == 0 ? null : $"[{value.GetArrayLength()}]",
        JsonValueKind.Object => "{…}",
        _ => null,
    };

    private static string? Join(IEnumerable<string?> parts, string separator = ", ")
    {
        var text = string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        return text.Length == 0 ? null : text;
    }

    private static string Shorten(string text)
    {
        var line = new StringBuilder(Math.Min(text.Length, MaxLength + 1));
        foreach (var c in text)
        {
            line.Append(char.IsControl(c) ? ' ' : c);
            if (line.Length > MaxLength) return line.ToString(0, MaxLength - 1) + "…";
        }
        return line.ToString();
    }
}
