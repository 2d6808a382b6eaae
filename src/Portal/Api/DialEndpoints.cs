using System.Text.Json;
using System.Security.Claims;
using CallCenter.Activities.Acd;
using CallCenter.Domain.Security;
using CallCenter.Portal.Security;

namespace CallCenter.Portal.Api;

/// <summary>
/// Click-to-dial (点击外呼) over HTTP: <c>POST /api/v1/agents/{number}/dial</c> <c>{"number": "13800138000"}</c> rings the agent's
/// phone, then the number, and bridges them (<see cref="ClickToDial"/>): 202 with the dial id and what the number needs; 400 for
/// a number that cannot be dialled, 403 when the agent's dial permission does not reach it, 404 for an unknown agent, 409 when
/// the agent is disabled, logged out, on a call or already dialling, 503 for an outside number without a trunk. Follow it
/// with <c>GET /api/v1/dials/{dialId}</c>; <c>GET /api/v1/dials[?agent=]</c> lists the recent ones. Errors are problem details.
/// Dialling and the list (<c>?agent=</c>) are AgentDesk: an Agent only as and for themselves; one dial is for the agent who
/// made it, supervisors, managers and admins.
/// </summary>
public static class DialEndpoints
{
    public static void MapDialing(this IEndpointRouteBuilder routes)
    {
        var app = routes.MapGroup("").RequireAuthorization(PortalPolicies.AgentDesk);
        var staff = routes.MapGroup("").RequireAuthorization(PortalPolicies.Staff);
        app.MapPost("/api/v1/agents/{number}/dial", async (string number, HttpRequest http, ClickToDial dialer, CancellationToken ct) =>
        {
            var dialled = await NumberAsync(http);
            if (string.IsNullOrWhiteSpace(dialled))
                return QueueEventEndpoints.Invalid(new Dictionary<string, string[]> { ["number"] = ["Give the number to dial: {\"number\": \"13800138000\"}."] }, "Not dialled");
            var result = await dialer.StartAsync(number, dialled, ct);
            if (result.Dial is { } dial)
                return Results.Json(new { dialId = dial.DialId, agent = dial.AgentId, number = dial.Number, needs = dial.Needs.ToString(), state = dial.State.ToString() },
                    statusCode: StatusCodes.Status202Accepted);
            return result.Refusal switch
            {
                DialRefusal.UnknownAgent => QueueEventEndpoints.NotFound(result.Message!),
                DialRefusal.InvalidNumber => QueueEventEndpoints.Invalid(new Dictionary<string, string[]> { ["number"] = [result.Message!] }, "Not dialled"),
                DialRefusal.NotPermitted => Results.Problem(detail: result.Message, statusCode: StatusCodes.Status403Forbidden, title: "Not permitted"),
                DialRefusal.NoRoute => Results.Problem(detail: result.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "No route"),
                _ => Results.Problem(detail: result.Message, statusCode: StatusCodes.Status409Conflict, title: "Not possible now"),
            };
        });

        staff.MapGet("/api/v1/dials/{dialId}", (string dialId, Dials dials, ClaimsPrincipal user) =>
            dials.Find(dialId) is { } dial && MaySee(user, dial)
                ? Results.Json(Json(dial))
                : QueueEventEndpoints.NotFound($"There is no dial {dialId} of yours (ended ones are kept for a while only)."));

        app.MapGet("/api/v1/dials", (string? agent, Dials dials) => Results.Json(dials.Recent(agent).Select(Json)));
    }

    // An Agent sees their own dials only; the other roles see every dial.
    private static bool MaySee(ClaimsPrincipal user, DialSnapshot dial) =>
        !user.IsInRole(PortalRoles.Agent) || PortalClaims.SeesEveryAgent(user) || PortalClaims.AgentOf(user) == dial.AgentId;

    private static object Json(DialSnapshot d) => new
    {
        dialId = d.DialId,
        agent = d.AgentId,
        extension = d.Extension,
        number = d.Number,
        kind = d.Kind.ToString(),
        needs = d.Needs.ToString(),
        destination = d.Destination,
        state = d.State.ToString(),
        message = d.Message?.ToString(),
        startedAt = d.StartedAt,
        agentAnsweredAt = d.AgentAnsweredAt,
        customerAnsweredAt = d.CustomerAnsweredAt,
        endedAt = d.EndedAt,
    };

    // {"number": "…"} as a string (or a JSON number, which loses nothing for phone numbers without a leading 0 or +).
    private static async Task<string?> NumberAsync(HttpRequest request)
    {
        if (!request.HasJsonContentType()) return null;
        try
        {
            var json = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("number", out var value)) return null;
            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
