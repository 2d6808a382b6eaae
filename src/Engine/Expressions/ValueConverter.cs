using System.Globalization;
using System.Text.Json;
using CallCenter.Engine.Serialization;

namespace CallCenter.Engine.Expressions;

/// <summary>
/// Converts script results and JSON values to the CLR types inputs ask for. A date and time without
/// an offset (a wall-clock DateTime, or text such as "2026-01-06 10:00") is read in
/// <paramref name="zone"/>, the center's time zone, never the server's.
/// </summary>
public static class ValueConverter
{
    public static T Convert<T>(object? value, TimeZoneInfo? zone = null) => (T)Convert(value, typeof(T), zone)!;

    public static object? Convert(object? value, Type type, TimeZoneInfo? zone = null)
    {
        if (type == typeof(object)) return value;
        if (value is not null && type.IsInstanceOfType(value)) return value;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (value is null) return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
        if (target == typeof(string)) return ToText(value);
        if (target == typeof(bool)) return ToBool(value);
        if (target == typeof(TimeSpan)) return ToTimeSpan(value);
        if (target == typeof(DateTimeOffset)) return ToDateTimeOffset(value, zone ?? TimeZoneInfo.Local);
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

    private static DateTimeOffset ToDateTimeOffset(object value, TimeZoneInfo zone) => value switch
    {
        DateTime dt => InZone(dt, zone),
        string s => InZone(DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), zone, s),
        _ => throw new FormatException($"'{value}' is not a date and time"),
    };

    private static DateTimeOffset InZone(DateTime value, TimeZoneInfo zone, string? text = null) => value.Kind switch
    {
        DateTimeKind.Unspecified => new DateTimeOffset(value, zone.GetUtcOffset(value)),
        // Text with an explicit offset keeps it exactly.
        _ when text is not null => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
        _ => new DateTimeOffset(value),
    };

    private static bool IsNumber(Type t) =>
        t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(decimal) || t == typeof(float) || t == typeof(short) || t == typeof(byte);
}
