namespace CallCenter.Domain.Webhooks;

/// <summary>Where a webhook delivery stands.</summary>
public enum WebhookDeliveryState
{
    /// <summary>Waiting for its first or next attempt (<see cref="WebhookDelivery.NextAttemptAt"/>).</summary>
    Pending,
    /// <summary>The endpoint answered 2xx.</summary>
    Delivered,
    /// <summary>Every attempt failed (<see cref="WebhookOptions.MaxAttempts"/>); <see cref="WebhookDelivery.LastError"/> says why.</summary>
    Failed,
}
