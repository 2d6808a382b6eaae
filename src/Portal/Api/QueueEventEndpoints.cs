using System.Globalization;
using CallCenter.Domain.Acd;
using CallCenter.Domain.Data;
using CallCenter.Domain.QueueEvents;
using Microsoft.EntityFrameworkCore;
using CallCenter.Portal.Security;

namespace CallCenter.Portal.Api;

/// <summary>
/// The queue log: <c>GET /api/v1/queue-events?queue=&amp;callId=&amp;agent=&amp;event=&amp;since=&amp;limit=</c>, newest first
/// (default 100, at most 1000). Events are upper case as in Asterisk's queue_log (<c>ENTERQUEUE</c>). Authorised by role (<see cref="PortalPolicies"/>).
/// </summary>
public static class QueueEventEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static void MapQueueEvents(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("").RequireAuthorization(PortalPolicies.Reports);
        reports.MapGet("/api/v1/queue-events", async (IDbContextFactory<CallCenterDbContext> factory, string? queue, string? callId, string? agent,
            string? @event, string? since, string? limit, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var take = ParseLimit(limit, errors);
            var from = ParseSince(since, errors);
            QueueEventType? type = null;
            if (!string.IsNullOrWhiteSpace(@event))
            {
                if (Enum.TryParse<QueueEventType>(@event.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(@event.Trim()[0])) type = parsed;
                else errors["event"] = [$"Unknown event '{@event}'; use one of {string.Join(", ", Enum.GetValues<QueueEventType>().Select(Name))}."];
            }
            if (errors.Count > 0) return Invalid(errors, "The queue-event query is not valid");

            await using var db = await factory.CreateDbContextAsync(ct);
            var query = db.QueueEvents.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(queue)) query = query.Where(e => e.Queue == queue.Trim());
            if (!string.IsNullOrWhiteSpace(callId)) query = query.Where(e => e.CallId == callId);
            if (!string.IsNullOrWhiteSpace(agent)) query = query.Where(e => e.Agent == agent.Trim());
            if (type is { } t) query = query.Where(e => e.Event == t);
            if (from is { } f) query = query.Where(e => e.At >= f);
            var rows = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(take).ToListAsync(ct);
            return Results.Json(rows.Select(ToJson));
        });
    }

    /// <summary>The API's name of an event: the enum name upper case, e.g. <c>ENTERQUEUE</c>, <c>RINGNOANSWER</c>.</summary>
    public static string Name(QueueEventType type) => type.ToString().ToUpperInvariant();

    private static object ToJson(QueueEvent e) => new
    {
        id = e.Id,
        at = Utc(e.At),
        callId = e.CallId,
        queue = e.Queue,
        agent = e.Agent,
        @event = Name(e.Event),
        position = e.Position,
        originalPosition = e.OriginalPosition,
        priority = e.Priority,
        waitSeconds = e.WaitSeconds,
        talkSeconds = e.TalkSeconds,
        ringSeconds = e.RingSeconds,
        data = e.Data,
    };

    // Providers hand back UTC values without a kind (SQLite text, SQL Server datetime2).
    internal static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    internal static int ParseLimit(string? limit, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(limit)) return DefaultLimit;
        if (int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1) return Math.Min(value, MaxLimit);
        errors["limit"] = [$"limit must be a whole number from 1 to {MaxLimit} (larger values are capped at {MaxLimit}); it was '{limit}'."];
        return DefaultLimit;
    }

    internal static DateTime? ParseSince(string? since, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(since)) return null;
        // An unencoded '+' of an offset arrives as a space.
        var text = since.Trim().Replace(' ', '+');
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)) return value.UtcDateTime;
        errors["since"] = [$"since must be an ISO 8601 time such as 2026-11-25T02:00:00Z or 2026-11-25T10:00:00%2B08:00; it was '{since}'."];
        return null;
    }

    internal static IResult Invalid(IDictionary<string, string[]> errors, string title) =>
        Results.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(m => m)), title: title);

    internal static IResult NotFound(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
