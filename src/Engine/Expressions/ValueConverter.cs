using System.Globalization;
using System.Text.Json;
using CallCenter.Engine.Serialization;

namespace CallCenter.Engine.Expressions;

/// <summary>Converts script results and JSON values to the CLR types inputs ask for.</summary>
public static class ValueConverter
{
    public static T Convert<T>(object? value) => (T)Convert(value, typeof(T))!;

    public static object? Convert(object? value, Type type)
    {
        if (type == typeof(object)) return value;
        if (value is not null && type.IsInstanceOfType(value)) return value;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (value is null) return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
        if (target == typeof(string)) return ToText(value);
        if (target == typeof(bool)) return ToBool(value);
        if (target == typeof(TimeSpan)) return ToTimeSpan(value);
        if (target == typeof(DateTimeOffset)) return ToDateTimeOffset(value);
        if (target.IsEnum) return Enum.Parse(target, ToText(value), ignoreCase: true);
        if (IsNumber(target))
            return value is string s
                ? System.Convert.ChangeType(decimal.Parse(s, CultureInfo.InvariantCulture), target, CultureInfo.InvariantCulture)
                : System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        var json = JsonSerializer.SerializeToElement(value);
        return json.Deserialize(type, WorkflowJsonOptions.Default);
    }

    public static string ToText(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static bool ToBool(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0 && !s.Equals("false", StringComparison.OrdinalIgnoreCase) && s != "0",
        int i => i != 0,
        long l => l != 0,
        double d => d != 0,
        decimal m => m != 0,
        _ => true,
    };

    private static TimeSpan ToTimeSpan(object value) => value switch
    {
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) => TimeSpan.FromSeconds(seconds),
        string s => TimeSpan.Parse(s, CultureInfo.InvariantCulture),
        _ when IsNumber(value.GetType()) => TimeSpan.FromSeconds(System.Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        _ => throw new FormatException($"'{value}' is not a duration"),
    };

    private static DateTimeOffset ToDateTimeOffset(object value) => value switch
    {
        DateTime dt => new DateTimeOffset(dt),
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture),
        _ => throw new FormatException($"'{value}' is not a date and time"),
    };

    private static bool IsNumber(Type t) =>
        t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(decimal) || t == typeof(float) || t == typeof(short) || t == typeof(byte);
}
