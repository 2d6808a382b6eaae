namespace CallCenter.Domain.Webhooks;

/// <summary>The outcome of one POST to an endpoint: delivered (2xx) or not, the status code if an answer came, and why it failed.</summary>
public sealed record WebhookAttempt(bool Delivered, int? StatusCode, string? Error);
