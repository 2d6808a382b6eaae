namespace CallCenter.Portal.Components.Admin;

/// <summary>
/// The errors of one form, keyed by camelCase field name (as the Domain's validation reports them), so each message is
/// shown next to its field. Messages checked in the page are already in the user's language; the Domain's own are English.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>True when no field has an error.</summary>
    public bool IsEmpty => _errors.Count == 0;

    /// <summary>True when <paramref name="field"/> has an error.</summary>
    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>The field's messages as one line; null when none.</summary>
    public string? Of(string field) => _errors.TryGetValue(field, out var list) ? string.Join(" ", list) : null;

    /// <summary>Adds a message to a field.</summary>
    public void Add(string field, string message) => (_errors.TryGetValue(field, out var list) ? list : _errors[field] = []).Add(message);

    /// <summary>Adds every message of a Domain validation result.</summary>
    public void AddAll(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
            foreach (var message in messages) Add(field, message);
    }

    /// <summary>Forgets every error (before a new save).</summary>
    public void Clear() => _errors.Clear();
}
