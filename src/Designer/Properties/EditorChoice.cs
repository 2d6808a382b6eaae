using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Descriptors;

namespace CallCenter.Designer.Properties;

/// <summary>Which editor an input gets: the descriptor's choice, or one chosen by its value type (as the Engine does for <see cref="InputEditor.Auto"/>).</summary>
public static class EditorChoice
{
    /// <summary>The editor of the input's literal value; <see cref="InputEditor.Expression"/> (and Auto) become the editor of the value type.</summary>
    public static InputEditor LiteralEditor(InputDescriptor input) =>
        input.Editor is InputEditor.Auto or InputEditor.Expression ? ByType(input.ValueType) : input.Editor;

    /// <summary>Whether the input starts in expression mode when it has no value (a condition is always a script).</summary>
    public static bool PrefersExpression(InputDescriptor input) => input.Editor == InputEditor.Expression && input.SupportsExpressions;

    /// <summary>The editor for a value type; an untyped (object) value is edited as text, which may hold a template.</summary>
    public static InputEditor ByType(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string) || t == typeof(object)) return InputEditor.Text;
        if (t == typeof(bool)) return InputEditor.Switch;
        if (t == typeof(TimeSpan)) return InputEditor.Duration;
        if (t == typeof(DateTimeOffset) || t == typeof(DateTime)) return InputEditor.DateTime;
        if (t.IsEnum) return InputEditor.Select;
        if (PropertyValues.IsNumber(t)) return InputEditor.Number;
        if (KeyValueShape.TryFor(t) is not null) return InputEditor.KeyValueList;
        return InputEditor.Json;
    }

    /// <summary>The choices of a select: the descriptor's options, else the enum's names.</summary>
    public static IReadOnlyList<string> Options(InputDescriptor input)
    {
        if (input.Options is { Count: > 0 } options) return options;
        var t = Nullable.GetUnderlyingType(input.ValueType) ?? input.ValueType;
        return t.IsEnum ? Enum.GetNames(t) : [];
    }

    /// <summary>Whether the value is a whole number (int, long, short, byte).</summary>
    public static bool IsWholeNumber(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(byte);
    }
}
