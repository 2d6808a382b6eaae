using System.Reflection;
using System.Text.Json;
using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Descriptors;
using CallCenter.Engine.Expressions;
using CallCenter.Engine.Serialization;

namespace CallCenter.Engine.Execution;

/// <summary>
/// Turns a property value from workflow JSON into an <see cref="Input{T}"/>: <c>{"expression": "…"}</c> is a
/// Scriban expression, a string with <c>{{ }}</c> a template, anything else a literal of the input's type.
/// </summary>
internal static class InputBinder
{
    private const BindingFlags CtorFlags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    public static (IInput? Input, string? Error) Bind(InputDescriptor input, JsonElement value, ExpressionEngine expressions, TimeZoneInfo zone)
    {
        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("expression", out var code))
        {
            if (!input.SupportsExpressions) return (null, "must be a literal value, not an expression");
            if (code.ValueKind != JsonValueKind.String) return (null, "the expression must be a string");
            return FromScript(input, code.GetString()!, ScriptKind.Expression, expressions);
        }
        if (value.ValueKind == JsonValueKind.String && ExpressionEngine.IsTemplate(value.GetString()!))
        {
            if (!input.SupportsExpressions) return (null, "must be a literal value, not a template");
            return FromScript(input, value.GetString()!, ScriptKind.Template, expressions);
        }
        if (input.Required && IsEmpty(value)) return (null, "is required");
        try
        {
            var literal = ReadLiteral(value, input.ValueType, zone);
            return (Create(input.ValueType, [literal]), null);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            return (null, $"expects {Describe(input.ValueType)} but got {value.GetRawText()}");
        }
    }

    public static IOutput BindOutput(OutputDescriptor output, string? variable) =>
        (IOutput)Activator.CreateInstance(typeof(Output<>).MakeGenericType(output.ValueType), [variable])!;

    private static (IInput?, string?) FromScript(InputDescriptor input, string source, ScriptKind kind, ExpressionEngine expressions)
    {
        var compiled = expressions.Compile(source, kind);
        if (!compiled.Success)
            return (null, $"{(kind == ScriptKind.Template ? "template" : "expression")} error: {string.Join("; ", compiled.Errors)}");
        return (Create(input.ValueType, [compiled.Script!, input.Name]), null);
    }

    private static IInput Create(Type valueType, object?[] args) =>
        (IInput)Activator.CreateInstance(typeof(Input<>).MakeGenericType(valueType), CtorFlags, null, args, null)!;

    private static object? ReadLiteral(JsonElement value, Type type, TimeZoneInfo zone)
    {
        if (value.ValueKind == JsonValueKind.Null) return ValueConverter.Convert(null, type, zone);
        if (type == typeof(object)) return JsonValues.ToObject(value);
        if (type == typeof(string)) return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        if (type == typeof(TimeSpan) || type == typeof(bool) || type == typeof(DateTimeOffset) || type.IsEnum)
            return ValueConverter.Convert(JsonValues.ToObject(value), type, zone);
        return value.Deserialize(type, WorkflowJsonOptions.Default);
    }

    private static bool IsEmpty(JsonElement value) =>
        value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
        || (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()))
        || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0);

    private static string Describe(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(decimal)) return "a number";
        if (t == typeof(bool)) return "true or false";
        if (t == typeof(TimeSpan)) return "a duration (seconds or hh:mm:ss)";
        if (t == typeof(DateTimeOffset)) return "a date and time";
        if (t.IsEnum) return "one of " + string.Join(", ", Enum.GetNames(t));
        return "a " + t.Name;
    }
}
