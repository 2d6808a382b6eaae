using System.Globalization;
using System.Text;
using System.Text.Json;
using CallCenter.Engine.Descriptors;
using CallCenter.Engine.Serialization;

namespace CallCenter.Designer.Properties;

/// <summary>
/// The JSON shapes of property values exactly as the Engine's input binder reads them: a literal of the input's type, or
/// <c>{"expression": "…"}</c> for a Scriban expression (a string holding <c>{{ }}</c> is a template literal).
/// </summary>
public static class PropertyValues
{
    private const string ExpressionKey = "expression";

    /// <summary>Whether <paramref name="value"/> is <c>{"expression": "…"}</c> (the binder's test: an object with an <c>expression</c> member).</summary>
    public static bool IsExpression(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty(ExpressionKey, out _);

    /// <summary>The script of an expression value, or null when it is not one.</summary>
    public static string? ExpressionOf(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty(ExpressionKey, out var code) && code.ValueKind == JsonValueKind.String
            ? code.GetString()
            : null;

    /// <summary><c>{"expression": code}</c>.</summary>
    public static JsonElement Expression(string code) =>
        JsonSerializer.SerializeToElement(new Dictionary<string, string> { [ExpressionKey] = code }, WorkflowJsonOptions.Default);

    /// <summary>A JSON string.</summary>
    public static JsonElement Text(string text) => JsonSerializer.SerializeToElement(text, WorkflowJsonOptions.Default);

    /// <summary>A JSON number (written without a fraction when it is whole).</summary>
    public static JsonElement Number(decimal number) =>
        number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue
            ? JsonSerializer.SerializeToElement((long)number)
            : JsonSerializer.SerializeToElement(number);

    /// <summary>JSON true or false.</summary>
    public static JsonElement Bool(bool value) => JsonSerializer.SerializeToElement(value);

    /// <summary>Parses a JSON text to a value that outlives its document.</summary>
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        return document.RootElement.Clone();
    }

    /// <summary>The activity class's default of an input as JSON (what runs when the property is not set), or null for none / empty text.</summary>
    public static JsonElement? DefaultOf(InputDescriptor input) => input.DefaultValue switch
    {
        null => null,
        string s when s.Length == 0 => null,
        TimeSpan t => JsonSerializer.SerializeToElement(t.TotalSeconds),
        DateTimeOffset d when d == default => null,
        var value => JsonSerializer.SerializeToElement(value, value.GetType(), WorkflowJsonOptions.Default),
    };

    /// <summary>A literal as the text an editor shows: a string as is, numbers and booleans as JSON, others as JSON text.</summary>
    public static string? TextOf(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { } other => other.GetRawText(),
    };

    /// <summary>A literal written as a Scriban expression, to start an expression from the current literal (<c>abc</c> → <c>"abc"</c>).</summary>
    public static string ScriptOf(JsonElement? literal) => literal switch
    {
        { ValueKind: JsonValueKind.String } s => Quote(s.GetString()!),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } v => v.GetRawText(),
        _ => "",
    };

    private static string Quote(string text)
    {
        if (text.Length == 0) return "";
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\') builder.Append('\\');
            builder.Append(c);
        }
        return builder.Append('"').ToString();
    }

    /// <summary>Reads a cell or field typed by the user as JSON for <paramref name="type"/>: text for strings, a number, true/false, or any JSON for objects.</summary>
    public static JsonElement FromText(string text, Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string)) return Text(text);
        if (t == typeof(bool) && bool.TryParse(text.Trim(), out var b)) return Bool(b);
        if (IsNumber(t) && decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) return Number(n);
        // An object value (a SubFlow input) may be a number, true/false, a list or {"expression": …}; anything else is text.
        if (t == typeof(object) && LooksLikeJson(text))
        {
            try { return Parse(text); }
            catch (JsonException) { }
        }
        return Text(text);
    }

    private static bool LooksLikeJson(string text)
    {
        var s = text.Trim();
        return s.Length > 0 && (s[0] is '{' or '[' or '-' || char.IsAsciiDigit(s[0]) || s is "true" or "false" or "null");
    }

    internal static bool IsNumber(Type t) =>
        t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(decimal) || t == typeof(float) || t == typeof(short) || t == typeof(byte);
}
