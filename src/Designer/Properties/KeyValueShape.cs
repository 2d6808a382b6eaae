using System.Reflection;
using System.Text.Json;
using CallCenter.Engine.Serialization;

namespace CallCenter.Designer.Properties;

/// <summary>
/// How a key-value list input is stored, taken from its value type: a map (<c>Dictionary&lt;string, T&gt;</c>, e.g.
/// HttpRequest headers) is a JSON object; a list of records (<c>List&lt;MenuOption&gt;</c>) is an array of objects with
/// one member per settable property (<c>[{"digit": "1", "outcome": "sales"}]</c>); a list of plain values is an array.
/// Rows are edited as text cells; a row left empty is not written.
/// </summary>
public sealed class KeyValueShape
{
    private readonly Kind _kind;

    private KeyValueShape(Kind kind, IReadOnlyList<KeyValueColumn> columns)
    {
        _kind = kind;
        Columns = columns;
    }

    private enum Kind { Map, Records, Values }

    /// <summary>The columns of a row, in order.</summary>
    public IReadOnlyList<KeyValueColumn> Columns { get; }

    /// <summary>Whether the first column is a key that must be unique (a map).</summary>
    public bool IsMap => _kind == Kind.Map;

    /// <summary>The shape of <paramref name="type"/>; throws when it is no list or map.</summary>
    public static KeyValueShape For(Type type) =>
        TryFor(type) ?? throw new ArgumentException($"{type} is neither a map nor a list", nameof(type));

    /// <summary>The shape of <paramref name="type"/>, or null when it is no list or map.</summary>
    public static KeyValueShape? TryFor(Type type)
    {
        var map = FindGeneric(type, typeof(IDictionary<,>));
        if (map is not null && map.GetGenericArguments()[0] == typeof(string))
            return new KeyValueShape(Kind.Map, [new("key", typeof(string)), new("value", map.GetGenericArguments()[1])]);
        if (type == typeof(string)) return null;
        var list = FindGeneric(type, typeof(IEnumerable<>));
        if (list is null) return null;
        var element = list.GetGenericArguments()[0];
        if (element == typeof(string) || element == typeof(object) || element.IsPrimitive || element == typeof(decimal))
            return new KeyValueShape(Kind.Values, [new("value", element)]);
        var columns = element.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
            .Select(p => new KeyValueColumn(JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.PropertyType))
            .ToList();
        return columns.Count == 0 ? null : new KeyValueShape(Kind.Records, columns);
    }

    /// <summary>The rows stored in <paramref name="value"/> (none when it is absent or of another shape).</summary>
    public List<string[]> ReadRows(JsonElement? value)
    {
        var rows = new List<string[]>();
        switch (_kind, value)
        {
            case (Kind.Map, { ValueKind: JsonValueKind.Object } map):
                foreach (var member in map.EnumerateObject()) rows.Add([member.Name, PropertyValues.TextOf(member.Value) ?? ""]);
                break;
            case (Kind.Values, { ValueKind: JsonValueKind.Array } array):
                foreach (var item in array.EnumerateArray()) rows.Add([PropertyValues.TextOf(item) ?? ""]);
                break;
            case (Kind.Records, { ValueKind: JsonValueKind.Array } array):
                foreach (var item in array.EnumerateArray())
                    rows.Add([.. Columns.Select(c => item.ValueKind == JsonValueKind.Object && TryGetMember(item, c.JsonName, out var cell) ? PropertyValues.TextOf(cell) ?? "" : "")]);
                break;
        }
        return rows;
    }

    /// <summary>The JSON of <paramref name="rows"/>, skipping rows whose cells are all empty (and, in a map, rows without a key).</summary>
    public JsonElement Write(IEnumerable<string[]> rows)
    {
        var filled = rows.Where(r => r.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        switch (_kind)
        {
            case Kind.Map:
                var map = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var row in filled.Where(r => !string.IsNullOrWhiteSpace(r[0])))
                    map[row[0].Trim()] = PropertyValues.FromText(row[1], Columns[1].ValueType);
                return JsonSerializer.SerializeToElement(map, WorkflowJsonOptions.Default);
            case Kind.Values:
                return JsonSerializer.SerializeToElement(filled.Select(r => PropertyValues.FromText(r[0].Trim(), Columns[0].ValueType)).ToList(), WorkflowJsonOptions.Default);
            default:
                var records = new List<Dictionary<string, JsonElement>>();
                foreach (var row in filled)
                {
                    // Empty cells are left out, as the shipped flows do ({"digit": "1"}: the outcome is then the key).
                    var record = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                    for (var i = 0; i < Columns.Count; i++)
                        if (!string.IsNullOrWhiteSpace(row[i])) record[Columns[i].JsonName] = PropertyValues.FromText(row[i].Trim(), Columns[i].ValueType);
                    records.Add(record);
                }
                return JsonSerializer.SerializeToElement(records, WorkflowJsonOptions.Default);
        }
    }

    /// <summary>Keys that appear more than once (a map keeps only the last).</summary>
    public IReadOnlyList<string> DuplicateKeys(IEnumerable<string[]> rows) => !IsMap
        ? []
        : [.. rows.Select(r => r[0].Trim()).Where(k => k.Length > 0).GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key)];

    private static bool TryGetMember(JsonElement item, string name, out JsonElement value)
    {
        foreach (var member in item.EnumerateObject())
        {
            if (member.NameEquals(name) || string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = member.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    private static Type? FindGeneric(Type type, Type definition)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == definition) return type;
        return type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);
    }
}
