using System.Text.Json;
using CallCenter.Activities.Acd;
using CallCenter.Telephony.Media.Mixing;
using CallCenter.Portal.Security;

namespace CallCenter.Portal.Api;

/// <summary>
/// Control of queue calls connected to an agent (the agent desk's and the supervisor's buttons come later; integrators
/// use this now). <c>GET /api/v1/acd/calls[?agent=]</c> lists them; on one call (the caller's SIP Call-ID):
/// <c>POST …/{callId}/hold</c>, <c>/unhold</c>, <c>/hangup</c> (强拆), <c>/transfer</c> <c>{"target": "agent:8002" | "queue:hotline"
/// | "13800138000" | "sip:…"}</c> (blind; also a supervisor's 强转 — if the target does not answer, the caller stays with
/// the agent), <c>/monitor</c> <c>{"extension": "1009", "mode": "listen" | "whisper" | "barge"}</c> (again to change mode),
/// <c>/monitor/end</c>; attended transfer: <c>/consult</c> <c>{"target": …}</c> (the caller holds while the agent talks to the
/// target), then <c>/consult/complete</c> (caller ↔ target, the agent leaves), <c>/consult/cancel</c> or
/// <c>/consult/three-way</c> (all three talk). Each answers 200 with the result when done, 404 for a call not connected here, 409 when refused.
/// </summary>
public static class CallControlEndpoints
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(40);

    public static void MapCallControl(this IEndpointRouteBuilder app)
    {
        var desk = app.MapGroup("").RequireAuthorization(PortalPolicies.AgentDesk);
        var supervision = app.MapGroup("").RequireAuthorization(PortalPolicies.Supervision);
        desk.MapGet("/api/v1/acd/calls", (LiveCalls calls, string? agent) =>
            Results.Json(calls.All.Where(c => agent is null || c.AgentId == agent).OrderBy(c => c.ConnectedAt).Select(Json)));
        desk.MapPost("/api/v1/acd/calls/{callId}/hold", (string callId, LiveCalls calls, CancellationToken ct) =>
            SendAsync(calls, callId, new CallControlRequest(CallControlKind.Hold), ct));
        desk.MapPost("/api/v1/acd/calls/{callId}/unhold", (string callId, LiveCalls calls, CancellationToken ct) =>
            SendAsync(calls, callId, new CallControlRequest(CallControlKind.Unhold), ct));
        desk.MapPost("/api/v1/acd/calls/{callId}/hangup", (string callId, LiveCalls calls, CancellationToken ct) =>
            SendAsync(calls, callId, new CallControlRequest(CallControlKind.HangUp), ct));
        desk.MapPost("/api/v1/acd/calls/{callId}/transfer", (string callId, HttpRequest http, LiveCalls calls, CancellationToken ct) =>
            WithTargetAsync(http, calls, callId, CallControlKind.Transfer, "Give the target: agent:<number>, queue:<name>, a number or a SIP URI.", "Not transferred", ct));
        supervision.MapPost("/api/v1/acd/calls/{callId}/monitor", async (string callId, HttpRequest http, LiveCalls calls, CancellationToken ct) =>
        {
            var body = await BodyAsync(http);
            var extension = body?.GetValueOrDefault("extension");
            ParticipantRole? role = (body?.GetValueOrDefault("mode") ?? "listen").ToLowerInvariant() switch
            {
                "listen" => ParticipantRole.Listen,
                "whisper" => ParticipantRole.Whisper,
                "barge" => ParticipantRole.Full,
                _ => null,
            };
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(extension) && calls.Find(callId)?.Supervisor is null) errors["extension"] = ["Give the supervisor's extension."];
            if (role is null) errors["mode"] = ["mode is listen, whisper or barge."];
            if (errors.Count > 0) return QueueEventEndpoints.Invalid(errors, "Not monitored");
            return await SendAsync(calls, callId, new CallControlRequest(CallControlKind.Monitor, Extension: extension, Role: role!.Value), ct);
        });
        desk.MapPost("/api/v1/acd/calls/{callId}/consult", (string callId, HttpRequest http, LiveCalls calls, CancellationToken ct) =>
            WithTargetAsync(http, calls, callId, CallControlKind.Consult, "Give whom to consult: agent:<number>, an extension, a number or a SIP URI.", "Not consulted", ct));
        desk.MapPost("/api/v1/acd/calls/{callId}/consult/complete", (string callId, LiveCalls calls, CancellationToken ct) =>
            SendAsync(calls, callId, new CallControlRequest(CallControlKind.CompleteTransfer), ct));
        desk.MapPost("/api/v1/acd/calls/{callId}/consult/cancel", (string callId, LiveCalls calls, CancellationToken ct) =>
            SendAsync(calls, callId, new CallControlRequest(CallControlKind.CancelConsult), ct));
        desk.MapPost("/api/v1/acd/calls/{callId}/consult/three-way", (string callId, LiveCalls calls, CancellationToken ct) =>
            SendAsync(calls, callId, new CallControlRequest(CallControlKind.ThreeWay), ct));
        supervision.MapPost("/api/v1/acd/calls/{callId}/monitor/end", (string callId, LiveCalls calls, CancellationToken ct) =>
            SendAsync(calls, callId, new CallControlRequest(CallControlKind.EndMonitor), ct));
    }

    // A request naming a target in its body ({"target": …}); 400 without one.
    private static async Task<IResult> WithTargetAsync(HttpRequest http, LiveCalls calls, string callId, CallControlKind kind, string help, string title, CancellationToken ct)
    {
        var target = (await BodyAsync(http))?.GetValueOrDefault("target");
        if (string.IsNullOrWhiteSpace(target)) return QueueEventEndpoints.Invalid(new Dictionary<string, string[]> { ["target"] = [help] }, title);
        return await SendAsync(calls, callId, new CallControlRequest(kind, Target: target), ct);
    }

    private static async Task<IResult> SendAsync(LiveCalls calls, string callId, CallControlRequest request, CancellationToken ct)
    {
        if (calls.Find(callId) is not { } call) return QueueEventEndpoints.NotFound($"Call {callId} is not connected to an agent here.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Patience);
        CallControlResult result;
        try
        {
            result = await call.RequestAsync(request, timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Results.Problem(detail: "The call did not carry the request out in time.", statusCode: StatusCodes.Status504GatewayTimeout, title: "Timed out");
        }
        return result.Succeeded
            ? Results.Json(new { ok = true, message = result.Message, data = result.Data, call = Json(call) })
            : Results.Problem(detail: result.Message, statusCode: StatusCodes.Status409Conflict, title: "Not done");
    }

    private static async Task<Dictionary<string, string>?> BodyAsync(HttpRequest request)
    {
        if (!request.HasJsonContentType()) return null;
        try
        {
            var json = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            if (json.ValueKind != JsonValueKind.Object) return null;
            return json.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static object Json(LiveCall c) => new
    {
        callId = c.Caller.Id, caller = c.Caller.Caller, called = c.Caller.Called, queue = c.Queue, agent = c.AgentId, agentLegId = c.AgentLeg?.Id,
        onHold = c.OnHold, supervisor = c.Supervisor, connectedAt = c.ConnectedAt,
    };
}
