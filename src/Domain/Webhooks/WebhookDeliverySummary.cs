namespace CallCenter.Domain.Webhooks;

/// <summary>
/// How one subscription's deliveries stand, for the admin list: deliveries waiting (<see cref="Pending"/>) and given up
/// (<see cref="Failed"/>), and the latest delivery's state and time (delivered, else last attempted, else queued; UTC).
/// </summary>
public sealed record WebhookDeliverySummary(int Pending, int Failed, WebhookDeliveryState LastState, DateTime LastAt);
