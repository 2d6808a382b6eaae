namespace CallCenter.Domain.Webhooks;

/// <summary>A new subscription and its signing secret, which the API shows this once.</summary>
public sealed record CreatedWebhook(WebhookSubscription Subscription, string Secret);
