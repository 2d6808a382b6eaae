using System.Text.Json;
using CallCenter.Domain.Webhooks;
using CallCenter.Portal.Cti;

namespace CallCenter.Portal.Webhooks;

/// <summary>
/// The body of every webhook: <c>{"id", "type", "at", "data"}</c> — a unique event id (also the receiver's
/// de-duplication key), the event type (<see cref="WebhookEventTypes"/>), when it happened, and the event as the CTI hub
/// sends it (camelCase JSON).
/// </summary>
public sealed record WebhookEnvelope(string Id, string Type, DateTimeOffset At, object Data)
{
    /// <summary>The envelope's JSON text (camelCase).</summary>
    public string ToJson() => JsonSerializer.Serialize(new { id = Id, type = Type, at = At, data = Data }, JsonSerializerOptions.Web);

    /// <summary>A new event id: "evt_" + a time-ordered GUID.</summary>
    public static string NewId() => "evt_" + Guid.CreateVersion7().ToString("N");

    /// <summary>The webhook event type of a CTI event, null when webhooks do not carry it.</summary>
    public static string? TypeOf(CtiEvent ctiEvent) => ctiEvent switch
    {
        CallOffered => WebhookEventTypes.CallOffered,
        CallConnected => WebhookEventTypes.CallConnected,
        CallNotAnswered => WebhookEventTypes.CallNotAnswered,
        CallEnded => WebhookEventTypes.CallEnded,
        AgentStateChanged => WebhookEventTypes.AgentState,
        _ => null,
    };

    /// <summary>The envelope of a CTI event (data serialised by its runtime type, like the hub does); null when it has no webhook type.</summary>
    public static WebhookEnvelope? From(CtiEvent ctiEvent) =>
        TypeOf(ctiEvent) is { } type
            ? new WebhookEnvelope(NewId(), type, ctiEvent.At, JsonSerializer.SerializeToElement(ctiEvent, ctiEvent.GetType(), JsonSerializerOptions.Web))
            : null;
}
