using System.Text.Json;
using CallCenter.Activities.Conferences;
using CallCenter.Portal.Security;

namespace CallCenter.Portal.Api;

/// <summary>
/// Open conference rooms (callers dial in through a flow's Conference activity, e.g. the demo number 8800):
/// <c>GET /api/v1/conferences</c> → <c>[{ room, openedAt, participants: [{ callId, caller, called, role, joinedAt }] }]</c>;
/// <c>POST /api/v1/conferences/{room}/participants</c> <c>{"number": "1005"}</c> dials a party out and adds it (409 when it
/// does not answer or the room is not open); <c>DELETE /api/v1/conferences/{room}</c> ends the conference (the dial-in
/// callers' flows go on with Ended; dialled-out parties are hung up). Authorised by role (<see cref="PortalPolicies"/>).
/// </summary>
public static class ConferenceEndpoints
{
    public static void MapConferences(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("").RequireAuthorization(PortalPolicies.Reports);
        var supervision = app.MapGroup("").RequireAuthorization(PortalPolicies.Supervision);
        reports.MapGet("/api/v1/conferences", (ConferenceRooms rooms) => Results.Json(rooms.All.OrderBy(r => r.OpenedAt).Select(r => new
        {
            room = r.Name, openedAt = r.OpenedAt,
            participants = r.Mix.Participants.Select(p => new
            {
                callId = p.Session.Id, caller = p.Session.Caller, called = p.Session.Called, role = p.Role.ToString(), joinedAt = p.JoinedAt,
            }),
        })));
        supervision.MapPost("/api/v1/conferences/{room}/participants", async (string room, HttpRequest http, ConferenceRooms rooms, CancellationToken ct) =>
        {
            string? number = null;
            if (http.HasJsonContentType())
            {
                try
                {
                    var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Body, cancellationToken: ct);
                    if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("number", out var n) && n.ValueKind == JsonValueKind.String) number = n.GetString();
                }
                catch (JsonException)
                {
                }
            }
            if (string.IsNullOrWhiteSpace(number))
                return QueueEventEndpoints.Invalid(new Dictionary<string, string[]> { ["number"] = ["Give the number, extension or SIP URI to call."] }, "Nobody added");
            var (joined, message) = await rooms.DialOutAsync(room, number.Trim(), ct);
            return joined ? Results.Json(new { ok = true, message }) : Results.Problem(detail: message, statusCode: StatusCodes.Status409Conflict, title: "Nobody added");
        });
        supervision.MapDelete("/api/v1/conferences/{room}", (string room, ConferenceRooms rooms) =>
        {
            if (rooms.Find(room) is not { } open) return QueueEventEndpoints.NotFound($"There is no open conference '{room}'.");
            open.Close();
            return Results.Json(new { ok = true, message = $"conference {room} ended" });
        });
    }
}
