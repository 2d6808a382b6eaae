namespace CallCenter.Domain.Webhooks;

/// <summary>The event types a webhook can subscribe to, as they appear in <c>X-CallCenter-Event</c> and the envelope's <c>type</c>.</summary>
public static class WebhookEventTypes
{
    public const string CallOffered = "call.offered";
    public const string CallConnected = "call.connected";
    public const string CallNotAnswered = "call.not_answered";
    public const string CallEnded = "call.ended";
    public const string AgentState = "agent.state";
    /// <summary>A test event sent on request (<c>POST /api/v1/webhooks/{id}/test</c>); never subscribed to.</summary>
    public const string Ping = "ping";
    /// <summary>Every event type.</summary>
    public const string All = "*";

    /// <summary>The types a subscription may name (besides <see cref="All"/>).</summary>
    public static readonly IReadOnlyList<string> Known = [CallOffered, CallConnected, CallNotAnswered, CallEnded, AgentState];

    public static bool IsSubscribable(string type) => type == All || Known.Contains(type, StringComparer.Ordinal);
}
