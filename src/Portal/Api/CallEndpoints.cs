using CallCenter.Domain.Calls;
using CallCenter.Domain.Data;
using CallCenter.Domain.Messaging;
using CallCenter.Portal.Security;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Portal.Api;

/// <summary>
/// The call records with the way each call went through its flow: <c>GET /api/v1/calls?limit=N</c> (newest first,
/// default 50, at most 500; <c>callId=</c> picks one SIP Call-ID) and <c>GET /api/v1/calls/{id}</c>, with the agents'
/// wrap-ups. Policy <see cref="PortalPolicies.Reports"/> (Supervisor, Manager, Admin).
/// </summary>
public static class CallEndpoints
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static void MapCalls(this IEndpointRouteBuilder app)
    {
        var calls = app.MapGroup("/api/v1/calls").RequireAuthorization(PortalPolicies.Reports);
        calls.MapGet("", async (IDbContextFactory<CallCenterDbContext> factory, int? limit, string? callId, CancellationToken ct) =>
        {
            if (limit is < 1) return Results.BadRequest(new { error = "InvalidLimit", message = $"limit must be between 1 and {MaxLimit}" });
            var take = Math.Min(limit ?? DefaultLimit, MaxLimit);
            await using var db = await factory.CreateDbContextAsync(ct);
            var query = db.CallRecords.AsNoTracking();
            if (!string.IsNullOrEmpty(callId)) query = query.Where(r => r.CallId == callId);
            var records = await query.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).Take(take).ToListAsync(ct);
            var traces = await TracesAsync(db, records, ct);
            var outbox = await OutboxAsync(db, traces.Values, ct);
            var wrapUps = await WrapUpsAsync(db, records, ct);
            return Results.Json(records.Select(r => CallView.From(r, traces.GetValueOrDefault(r.CallId), outbox, wrapUps[r.CallId])).ToList());
        });
        calls.MapGet("/{id:long}", async (IDbContextFactory<CallCenterDbContext> factory, long id, CancellationToken ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var record = await db.CallRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
            if (record is null) return Results.NotFound(new { error = "NotFound", message = $"no call {id}" });
            var traces = await TracesAsync(db, [record], ct);
            var outbox = await OutboxAsync(db, traces.Values, ct);
            var wrapUps = await WrapUpsAsync(db, [record], ct);
            return Results.Json(CallView.From(record, traces.GetValueOrDefault(record.CallId), outbox, wrapUps[record.CallId]));
        });
    }

    // One query for the page's traces; a call id with several traces (not expected) shows the latest.
    private static async Task<Dictionary<string, CallTrace>> TracesAsync(CallCenterDbContext db, List<CallDetailRecord> records, CancellationToken ct)
    {
        var ids = records.Select(r => r.CallId).Where(id => id.Length > 0).Distinct().ToList();
        if (ids.Count == 0) return [];
        var traces = await db.CallTraces.AsNoTracking().Where(t => ids.Contains(t.CallId)).OrderBy(t => t.Id).ToListAsync(ct);
        var byCall = new Dictionary<string, CallTrace>(StringComparer.Ordinal);
        foreach (var trace in traces) byCall[trace.CallId] = trace;
        return byCall;
    }

    // One query for the page's wrap-ups.
    private static async Task<ILookup<string, CallWrapUp>> WrapUpsAsync(CallCenterDbContext db, List<CallDetailRecord> records, CancellationToken ct)
    {
        var ids = records.Select(r => r.CallId).Where(id => id.Length > 0).Distinct().ToList();
        var wrapUps = ids.Count == 0 ? [] : await db.CallWrapUps.AsNoTracking().Where(w => ids.Contains(w.CallId)).ToListAsync(ct);
        return wrapUps.ToLookup(w => w.CallId, StringComparer.Ordinal);
    }

    // One query for the delivery state of every message the page's calls sent.
    private static async Task<Dictionary<long, OutboxMessage>> OutboxAsync(CallCenterDbContext db, IEnumerable<CallTrace> traces, CancellationToken ct)
    {
        var ids = traces.SelectMany(t => t.Details.Messages).Select(m => m.OutboxId).Distinct().ToList();
        if (ids.Count == 0) return [];
        return await db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
    }
}
