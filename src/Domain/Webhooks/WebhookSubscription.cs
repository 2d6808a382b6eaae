namespace CallCenter.Domain.Webhooks;

/// <summary>
/// An integrator's endpoint that receives call and agent events by HTTP POST, signed with <see cref="Secret"/>
/// (HMAC-SHA256, see <see cref="WebhookSignature"/>). <see cref="Events"/> lists the event types it wants
/// (<see cref="WebhookEventTypes"/>; <c>*</c> = all).
/// </summary>
public sealed class WebhookSubscription
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Absolute http or https URL the events are posted to.</summary>
    public string Url { get; set; } = "";
    /// <summary>The signing secret; shown to the admin once, when the subscription is created, and kept to sign every delivery.</summary>
    public string Secret { get; set; } = "";
    /// <summary>Event types this endpoint receives; <c>*</c> means every type.</summary>
    public List<string> Events { get; set; } = [];
    /// <summary>A disabled subscription gets no new deliveries; queued ones are still attempted.</summary>
    public bool Enabled { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }

    /// <summary>Whether an event of <paramref name="eventType"/> goes to this endpoint (<c>ping</c> is only sent on request).</summary>
    public bool Wants(string eventType) =>
        Events.Contains(WebhookEventTypes.All, StringComparer.Ordinal) || Events.Contains(eventType, StringComparer.Ordinal);
}
