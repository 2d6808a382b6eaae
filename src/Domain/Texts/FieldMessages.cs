namespace CallCenter.Domain.Texts;

/// <summary>
/// The validation errors of one form, keyed by camelCase field name, as <see cref="UserMessage"/>s: the pages show them
/// in the user's language next to their field, the API in English (<see cref="ToEnglish"/>).
/// </summary>
public sealed class FieldMessages
{
    private readonly Dictionary<string, List<UserMessage>> _fields = new(StringComparer.Ordinal);

    public int Count => _fields.Count;

    public bool Has(string field) => _fields.ContainsKey(field);

    public void Add(string field, UserMessage message) => (_fields.TryGetValue(field, out var list) ? list : _fields[field] = []).Add(message);

    public void Add(string field, UserMessageBuilder message) => Add(field, message.Build());

    /// <summary>Replaces the field's messages by this one.</summary>
    public void Set(string field, UserMessage message) => _fields[field] = [message];

    public void Set(string field, UserMessageBuilder message) => Set(field, message.Build());

    public IReadOnlyDictionary<string, UserMessage[]> Freeze() => _fields.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>One field, one message (a refusal found outside the form's own rules).</summary>
    public static IReadOnlyDictionary<string, UserMessage[]> Of(string field, UserMessage message) =>
        new Dictionary<string, UserMessage[]>(StringComparer.Ordinal) { [field] = [message] };

    /// <summary>No errors.</summary>
    public static IReadOnlyDictionary<string, UserMessage[]> None { get; } = new Dictionary<string, UserMessage[]>();

    /// <summary>The messages in English, for the API's problem details.</summary>
    public static Dictionary<string, string[]> ToEnglish(IReadOnlyDictionary<string, UserMessage[]> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.ToString()).ToArray(), StringComparer.Ordinal);
}
