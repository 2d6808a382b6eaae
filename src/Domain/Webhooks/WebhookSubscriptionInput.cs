namespace CallCenter.Domain.Webhooks;

/// <summary>What an admin sets on a subscription (create or replace); <see cref="Validate"/> says what is wrong, by field.</summary>
public sealed record WebhookSubscriptionInput(string? Name, string? Url, IReadOnlyList<string>? Events, bool Enabled = true)
{
    /// <summary>Field name → messages; empty when the input is valid.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Name)) errors["name"] = ["Give the webhook a name."];
        else if (Name.Trim().Length > 100) errors["name"] = ["The name has at most 100 characters."];
        if (string.IsNullOrWhiteSpace(Url) || !Uri.TryCreate(Url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            errors["url"] = [$"The URL must be an absolute http or https address; it was '{Url}'."];
        else if (Url.Trim().Length > 2000) errors["url"] = ["The URL has at most 2000 characters."];
        if (Events is null || Events.Count == 0)
            errors["events"] = [$"Name at least one event: {string.Join(", ", WebhookEventTypes.Known)}, or * for all."];
        else if (Events.Where(e => !WebhookEventTypes.IsSubscribable(e?.Trim() ?? "")).ToList() is { Count: > 0 } unknown)
            errors["events"] = [$"Unknown event(s) {string.Join(", ", unknown.Select(e => $"'{e}'"))}; use {string.Join(", ", WebhookEventTypes.Known)}, or * for all."];
        return errors;
    }

    /// <summary>The events trimmed, without duplicates.</summary>
    public List<string> NormalizedEvents() => (Events ?? []).Select(e => e.Trim()).Distinct(StringComparer.Ordinal).ToList();
}
