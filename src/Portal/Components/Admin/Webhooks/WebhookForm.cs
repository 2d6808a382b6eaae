using CallCenter.Domain.Webhooks;

namespace CallCenter.Portal.Components.Admin.Webhooks;

/// <summary>What the webhook editor edits: name, address, the picked events (or every event) and whether it sends.</summary>
public sealed class WebhookForm
{
    public long? Id { get; init; }
    public string? Name { get; set; }
    public string? Url { get; set; }
    public bool AllEvents { get; set; }
    public HashSet<string> Events { get; } = new(StringComparer.Ordinal);
    public bool Enabled { get; set; } = true;

    /// <summary>A form filled with an existing subscription.</summary>
    public static WebhookForm From(WebhookSubscription subscription)
    {
        var form = new WebhookForm { Id = subscription.Id, Name = subscription.Name, Url = subscription.Url, Enabled = subscription.Enabled };
        form.AllEvents = subscription.Events.Contains(WebhookEventTypes.All, StringComparer.Ordinal);
        foreach (var type in subscription.Events.Where(e => e != WebhookEventTypes.All)) form.Events.Add(type);
        return form;
    }

    /// <summary>The Domain's input: <c>*</c> when every event is picked, else the picked types in their usual order.</summary>
    public WebhookSubscriptionInput ToInput() => new(
        Name, Url, AllEvents ? [WebhookEventTypes.All] : WebhookEventTypes.Known.Where(Events.Contains).ToList(), Enabled);

    /// <summary>An element id for an event type's checkbox (no dots, which CSS selectors would read as classes).</summary>
    public static string EventId(string type) => "webhook-event-" + (type == WebhookEventTypes.All ? "all" : type.Replace('.', '-').Replace('_', '-'));
}
