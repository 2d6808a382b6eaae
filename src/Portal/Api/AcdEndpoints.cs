using System.Text.Json;
using CallCenter.Activities.Acd;
using CallCenter.Domain.Acd;
using CallCenter.Portal.Security;

namespace CallCenter.Portal.Api;

/// <summary>
/// The live ACD over HTTP. Agents' sessions: <c>POST /api/v1/agents/{number}/login</c> (body optional:
/// <c>{"ready": false}</c> logs in NotReady), <c>/logout</c>, <c>/ready</c>, <c>/not-ready</c> (<c>{"reason": "break"}</c>),
/// each answering the agent's live state; 404 for an unknown agent, 409 when the status does not allow it (e.g. ready
/// while logged out). Live views for the wallboard: <c>GET /api/v1/acd/agents</c>, <c>GET /api/v1/acd/agents/{number}</c>,
/// <c>GET /api/v1/acd/queues</c>, <c>GET /api/v1/acd/queues/{name}</c>. <c>POST /api/v1/acd/reload</c> applies agent and
/// queue changes saved through the configuration API. Authorised by role (<see cref="PortalPolicies"/>).
/// </summary>
public static class AcdEndpoints
{
    public static void MapAcd(this IEndpointRouteBuilder app)
    {
        var desk = app.MapGroup("").RequireAuthorization(PortalPolicies.AgentDesk);
        var reports = app.MapGroup("").RequireAuthorization(PortalPolicies.Reports);
        var agentRead = app.MapGroup("").RequireAuthorization(PortalPolicies.AgentRead);
        var staff = app.MapGroup("").RequireAuthorization(PortalPolicies.Staff);
        var supervision = app.MapGroup("").RequireAuthorization(PortalPolicies.Supervision);
        desk.MapPost("/api/v1/agents/{number}/login", async (string number, HttpRequest request, IAcd acd) =>
        {
            var body = await BodyAsync(request);
            var ready = body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("ready", out var r) && r.ValueKind == JsonValueKind.False ? false : true;
            return Answer(acd, number, acd.Login(number, ready));
        });
        desk.MapPost("/api/v1/agents/{number}/logout", (string number, IAcd acd) => Answer(acd, number, acd.Logout(number)));
        desk.MapPost("/api/v1/agents/{number}/ready", (string number, IAcd acd) => Answer(acd, number, acd.Ready(number)));
        desk.MapPost("/api/v1/agents/{number}/not-ready", async (string number, HttpRequest request, IAcd acd) =>
        {
            var body = await BodyAsync(request);
            var reason = body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String
                ? r.GetString()! : "not ready";
            return Answer(acd, number, acd.NotReady(number, reason));
        });

        reports.MapGet("/api/v1/acd/agents", (IAcd acd) => Results.Json(acd.GetAgents().Select(AgentJson)));
        agentRead.MapGet("/api/v1/acd/agents/{number}", (string number, IAcd acd) =>
            acd.GetAgent(number) is { } agent ? Results.Json(AgentJson(agent)) : QueueEventEndpoints.NotFound($"There is no agent {number} in the ACD."));
        staff.MapGet("/api/v1/acd/queues", (IAcd acd) => Results.Json(acd.GetQueues().Select(QueueJson)));
        staff.MapGet("/api/v1/acd/queues/{name}", (string name, IAcd acd) =>
            acd.GetQueue(name) is { } queue ? Results.Json(QueueJson(queue)) : QueueEventEndpoints.NotFound($"There is no queue {name} in the ACD."));
        supervision.MapPost("/api/v1/acd/reload", async (AcdConfiguration configuration, IAcd acd, CancellationToken ct) =>
        {
            await configuration.ReloadAsync(ct);
            return Results.Json(new { agents = acd.GetAgents().Count, queues = acd.GetQueues().Count });
        });
    }

    private static IResult Answer(IAcd acd, string number, AcdResult result) => result.Error switch
    {
        AcdErrorCode.None => Results.Json(AgentJson(acd.GetAgent(number)!)),
        AcdErrorCode.UnknownAgent => QueueEventEndpoints.NotFound(result.Message ?? $"There is no agent {number}."),
        _ => Results.Problem(detail: result.Message, statusCode: StatusCodes.Status409Conflict, title: "Not possible now"),
    };

    private static async Task<JsonElement?> BodyAsync(HttpRequest request)
    {
        if (request.ContentLength is 0 || !request.HasJsonContentType()) return null;
        try
        {
            return await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static object AgentJson(AgentSnapshot a) => new
    {
        agent = a.AgentId, extension = a.Extension, status = a.Status.ToString(), reason = a.Reason, since = a.Since,
        activeCalls = a.ActiveCalls, callsToday = a.CallsToday, talkSecondsToday = Math.Round(a.TalkTimeToday.TotalSeconds, 1), missedInARow = a.MissedInARow,
    };

    private static object QueueJson(QueueSnapshot q) => new
    {
        queue = q.Queue, strategy = q.Strategy.ToString(), waiting = q.Waiting, longestWaitSeconds = Math.Round(q.LongestWait.TotalSeconds, 1),
        agents = q.AgentsByStatus.ToDictionary(p => p.Key.ToString(), p => p.Value),
        entered = q.Entered, answered = q.Answered, answeredWithinServiceLevel = q.AnsweredWithinServiceLevel, abandoned = q.Abandoned,
        serviceLevel = q.ServiceLevel, averageHandleSeconds = q.AverageHandleTime is { } aht ? Math.Round(aht.TotalSeconds, 1) : (double?)null,
    };
}
