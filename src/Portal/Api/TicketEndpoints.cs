using System.Text.Json;
using CallCenter.Activities.Tickets;
using CallCenter.Domain.Security;
using CallCenter.Domain.Tickets;
using CallCenter.Engine.Options;
using CallCenter.Portal.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace CallCenter.Portal.Api;

/// <summary>
/// Tickets (工单) over HTTP: <c>GET /api/v1/tickets?q=&amp;status=&amp;caller=&amp;limit=</c> and
/// <c>GET /api/v1/tickets/{number}</c> (any role), <c>POST /api/v1/tickets {category, callerNumber, description}</c>
/// (any role; raises the <c>TicketCreated</c> event that starts ticket flows such as ticket-reminder) and
/// <c>PUT /api/v1/tickets/{number}/status {status}</c> (Agent, Supervisor, Admin — agents handle and close tickets;
/// Managers only read; <c>Closed</c> raises <c>TicketClosed</c> for the ticket). Errors are problem details.
/// </summary>
public static class TicketEndpoints
{
    /// <summary>Who may change a ticket's status: the people who work on tickets, not Managers (they read).</summary>
    private static readonly AuthorizationPolicy Handlers =
        new AuthorizationPolicyBuilder().RequireRole(PortalRoles.Agent, PortalRoles.Supervisor, PortalRoles.Admin).Build();

    public static void MapTickets(this IEndpointRouteBuilder routes)
    {
        var staff = routes.MapGroup("").RequireAuthorization(PortalPolicies.Staff);
        var handlers = routes.MapGroup("").RequireAuthorization(Handlers);

        staff.MapGet("/api/v1/tickets", async (string? q, string? status, string? caller, int? limit, TicketQueries tickets, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            TicketStatus? wanted = null;
            if (!string.IsNullOrWhiteSpace(status))
            {
                if (ParseStatus(status) is { } parsed) wanted = parsed;
                else errors["status"] = [StatusMessage(status)];
            }
            if (limit is < 1 or > TicketQueries.MaxLimit) errors["limit"] = [$"Limit must be between 1 and {TicketQueries.MaxLimit}; it was {limit}."];
            if (errors.Count > 0) return QueueEventEndpoints.Invalid(errors, "The ticket query is not valid");
            return Results.Json((await tickets.SearchAsync(q, wanted, caller, limit ?? 50, ct)).Select(ToJson));
        });

        staff.MapGet("/api/v1/tickets/{number}", async (string number, TicketService tickets, CancellationToken ct) =>
            await tickets.FindByNumberAsync(number, ct) is { } ticket ? Results.Json(ToJson(ticket)) : Missing(number));

        staff.MapPost("/api/v1/tickets", async (HttpRequest request, TicketService tickets, TicketEvents events, IOptions<EngineOptions> engine,
            CancellationToken ct) =>
        {
            const string title = "The ticket was not created";
            TicketRequest? body;
            try
            {
                body = await JsonSerializer.DeserializeAsync<TicketRequest>(request.Body, JsonSerializerOptions.Web, ct);
            }
            catch (JsonException ex)
            {
                return QueueEventEndpoints.Invalid(new Dictionary<string, string[]> { ["body"] = [$"The body is not a valid ticket (JSON, camelCase): {ex.Message}"] }, title);
            }
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(body?.Category) || body.Category.Trim().Length > 64) errors["category"] = ["A category of 1 to 64 characters is required, e.g. complaint, consulting."];
            if (body?.CallerNumber is { } callerNumber && callerNumber.Trim().Length > 32) errors["callerNumber"] = ["A caller number has at most 32 characters."];
            if (body?.Description is { Length: > 4000 }) errors["description"] = ["A description has at most 4000 characters."];
            if (errors.Count > 0) return QueueEventEndpoints.Invalid(errors, title);

            var ticket = await tickets.CreateAsync(new NewTicket(body!.Category!, Blank(body.CallerNumber), Blank(body.Description)), engine.Value.ResolveTimeZone(), ct);
            await events.CreatedAsync(ticket, ct);
            return Results.Json(ToJson(ticket), statusCode: StatusCodes.Status201Created);
        });

        handlers.MapPut("/api/v1/tickets/{number}/status", async (string number, HttpRequest request, TicketUpdates updates, TicketEvents events,
            CancellationToken ct) =>
        {
            const string title = "The ticket status was not changed";
            TicketStatusRequest? body;
            try
            {
                body = await JsonSerializer.DeserializeAsync<TicketStatusRequest>(request.Body, JsonSerializerOptions.Web, ct);
            }
            catch (JsonException ex)
            {
                return QueueEventEndpoints.Invalid(new Dictionary<string, string[]> { ["body"] = [$"The body is not valid JSON: {ex.Message}"] }, title);
            }
            if (ParseStatus(body?.Status) is not { } status)
                return QueueEventEndpoints.Invalid(new Dictionary<string, string[]> { ["status"] = [StatusMessage(body?.Status)] }, title);
            if (await updates.SetStatusAsync(number, status, ct) is not var (ticket, previous)) return Missing(number);
            if (status == TicketStatus.Closed && previous != TicketStatus.Closed)
                await events.ClosedAsync(ticket, ct);
            return Results.Json(ToJson(ticket));
        });
    }

    private static TicketStatus? ParseStatus(string? value) =>
        !string.IsNullOrWhiteSpace(value) && !char.IsAsciiDigit(value.Trim()[0]) && Enum.TryParse<TicketStatus>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed : null;

    private static string StatusMessage(string? value) =>
        $"Status must be one of {string.Join(", ", Enum.GetNames<TicketStatus>())}; it was '{value}'.";

    private static IResult Missing(string number) => QueueEventEndpoints.NotFound($"There is no ticket {number}.");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static object ToJson(Ticket t) => new
    {
        number = t.Number, category = t.Category, callerNumber = t.CallerNumber, description = t.Description,
        status = t.Status.ToString(), recordingPath = t.RecordingPath, workflowInstanceId = t.WorkflowInstanceId,
        createdAt = new DateTimeOffset(DateTime.SpecifyKind(t.CreatedAt, DateTimeKind.Utc)),
    };
}
