namespace CallCenter.Portal.Api;

/// <summary>Body of <c>POST /api/v1/webhooks</c> and <c>PUT /api/v1/webhooks/{id}</c>: name, URL (http/https), events (or <c>*</c>), enabled (default true).</summary>
public sealed record WebhookRequest(string? Name, string? Url, string[]? Events, bool? Enabled);
