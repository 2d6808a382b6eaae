namespace CallCenter.Domain.Webhooks;

/// <summary>
/// One event on its way to one <see cref="WebhookSubscription"/>: the JSON body exactly as it is (re)sent, and the
/// record of its attempts — the delivery log an integrator reads when an event did not arrive.
/// </summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }
    public long SubscriptionId { get; set; }
    /// <summary>One of <see cref="WebhookEventTypes"/>.</summary>
    public string EventType { get; set; } = "";
    /// <summary>The event's id (the envelope's <c>id</c>): one delivery per event and subscription.</summary>
    public string EventId { get; set; } = "";
    /// <summary>The request body (the envelope <c>{id, type, at, data}</c>).</summary>
    public string Payload { get; set; } = "";
    public WebhookDeliveryState State { get; set; }
    public int Attempts { get; set; }
    /// <summary>UTC; due from this moment (also pushed ahead while an attempt is in progress).</summary>
    public DateTime NextAttemptAt { get; set; }
    /// <summary>The HTTP status of the last answer, null when none came (network error, timeout).</summary>
    public int? LastStatusCode { get; set; }
    /// <summary>Why the last attempt failed, short.</summary>
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastAttemptAt { get; set; }
    public DateTime? DeliveredAt { get; set; }
}
