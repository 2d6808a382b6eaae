using CallCenter.Domain.Texts;
using CallCenter.Portal.Localization;
using Microsoft.Extensions.Localization;

namespace CallCenter.Portal.Components.Admin;

/// <summary>
/// The errors of one form, keyed by camelCase field name (as the Domain's validation reports them), so each message is
/// shown next to its field, in the user's language (the page's own checks through its resources, the Domain's through
/// <see cref="DomainText"/>).
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

    /// <summary>Adds every message of a Domain validation result, in the user's language.</summary>
    public void AddAll(IReadOnlyDictionary<string, UserMessage[]> errors, IStringLocalizer<DomainText> text)
    {
        foreach (var (field, messages) in errors)
            foreach (var message in messages) Add(field, text.Text(message));
    }

    /// <summary>Forgets every error (before a new save).</summary>
    public void Clear() => _errors.Clear();
}
