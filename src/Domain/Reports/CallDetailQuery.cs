using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using CallCenter.Domain.Acd;
using CallCenter.Domain.Calls;
using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports;

/// <summary>
/// The call detail (话单): <c>call_records</c> matching a <see cref="CallDetailFilter"/>, sorted by start (then id), as
/// pages with their queue legs, as a stream for exports (<see cref="StreamAsync"/>: one row at a time, never the table in
/// memory) or as bare call ids (drill-down). Every condition is SQL.
/// </summary>
public sealed class CallDetailQuery(ReportSource source)
{
    /// <summary>Largest page served.</summary>
    public const int MaxPageSize = 1000;

    public async Task<CallDetailPage> PageAsync(CallDetailFilter filter, int offset, int limit, CancellationToken ct = default)
    {
        limit = Math.Clamp(limit, 1, MaxPageSize);
        var period = source.PeriodOf(filter.Report);
        await using var db = await source.OpenAsync(ct);
        var calls = Build(db, filter, period);
        var total = await calls.CountAsync(ct);
        var page = await Sorted(calls).Skip(Math.Max(0, offset)).Take(limit).ToListAsync(ct);
        var ids = page.Select(c => c.CallId).ToList();
        var traces = await db.CallTraces.AsNoTracking().Where(t => ids.Contains(t.CallId)).Select(t => new { t.CallId, t.Details }).ToListAsync(ct);
        var legs = traces.GroupBy(t => t.CallId).ToDictionary(g => g.Key, g => g.SelectMany(t => t.Details.Queues)
            .Select(v => new CallLeg(v.Queue, v.AgentId, period.ToLocal(v.EnteredAt.UtcDateTime), v.WaitSeconds, v.TalkSeconds, v.Outcome, v.AgentLegId)).ToList());
        return new CallDetailPage(page.Select(c => Row(c, period, legs.GetValueOrDefault(c.CallId) ?? [])).ToList(), total);
    }

    /// <summary>Every matching call in start order, read as the caller consumes it (legs left empty).</summary>
    public async IAsyncEnumerable<CallDetailRow> StreamAsync(CallDetailFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var period = source.PeriodOf(filter.Report);
        await using var db = await source.OpenAsync(ct);
        await foreach (var c in Sorted(Build(db, filter, period)).AsAsyncEnumerable().WithCancellation(ct))
            yield return Row(c, period, []);
    }

    /// <summary>The ids of the matching calls, in start order (drill-down from a report cell).</summary>
    public async Task<IReadOnlyList<string>> CallIdsAsync(CallDetailFilter filter, int limit = MaxPageSize, CancellationToken ct = default)
    {
        var period = source.PeriodOf(filter.Report);
        await using var db = await source.OpenAsync(ct);
        return await Sorted(Build(db, filter, period)).Select(c => c.CallId).Take(limit).ToListAsync(ct);
    }

    private static IOrderedQueryable<CallDetailRecord> Sorted(IQueryable<CallDetailRecord> calls) => calls.OrderBy(c => c.StartedAt).ThenBy(c => c.Id);

    private static CallDetailRow Row(CallDetailRecord c, ReportPeriod period, IReadOnlyList<CallLeg> legs)
    {
        var ringEnd = c.AnsweredAt ?? c.EndedAt;
        return new CallDetailRow(c.Id, c.CallId, UriUser.Of(c.From), UriUser.Of(c.To), period.ToLocal(c.StartedAt),
            c.AnsweredAt is { } a ? period.ToLocal(a) : null, period.ToLocal(c.EndedAt), (ringEnd - c.StartedAt).TotalSeconds,
            c.AnsweredAt is { } answered ? (c.EndedAt - answered).TotalSeconds : 0, c.HangupBy, c.Cause, c.StatusCode, legs);
    }

    internal static IQueryable<CallDetailRecord> Build(CallCenterDbContext db, CallDetailFilter filter, ReportPeriod period)
    {
        var report = filter.Report;
        var (start, end) = (period.StartUtc, period.EndUtc);
        if (filter.LocalFrom is { } lf) start = Max(start, ReportPeriod.ToUtc(lf, period.Zone));
        if (filter.LocalTo is { } lt) end = Min(end, ReportPeriod.ToUtc(lt, period.Zone));
        var calls = db.CallRecords.AsNoTracking();
        var byQueueLine = filter.QueueEvents is { Count: > 0 };
        if (!byQueueLine)
        {
            calls = calls.Where(c => c.StartedAt >= start && c.StartedAt < end);
            if (filter.LocalHour is { } hour) calls = calls.Where(InLocalHour<CallDetailRecord>(c => c.StartedAt, period, hour));
        }
        if (report.Number is not null) calls = calls.Where(UriUser.In(c => c.To, [report.Number]));
        if (filter.Caller is not null) calls = calls.Where(UriUser.In(c => c.From, [filter.Caller]));
        if (filter.Answered is { } isAnswered) calls = isAnswered ? calls.Where(c => c.AnsweredAt != null) : calls.Where(c => c.AnsweredAt == null);
        if (filter.HangupParty is { } side)
        {
            calls = side switch
            {
                HangupParty.Caller => calls.Where(c => c.HangupBy == "Caller"),
                HangupParty.Agent => calls.Where(c => c.HangupBy == "Callee" || c.HangupBy == "Agent"
                    || (c.HangupBy == "Server" && db.QueueEvents.Any(e => e.CallId == c.CallId && e.Event == QueueEventType.CompleteAgent))),
                _ => calls.Where(c => c.HangupBy != "Caller" && c.HangupBy != "Callee" && c.HangupBy != "Agent"
                    && !db.QueueEvents.Any(e => e.CallId == c.CallId && e.Event == QueueEventType.CompleteAgent)),
            };
        }
        if (byQueueLine || report.Queue is not null || report.Agent is not null)
        {
            var lines = db.QueueEvents.AsNoTracking().Where(e => e.CallId != null);
            if (byQueueLine)
            {
                var types = filter.QueueEvents!.ToList();
                lines = lines.Where(e => e.At >= start && e.At < end && types.Contains(e.Event));
                if (filter.LocalHour is { } hour) lines = lines.Where(InLocalHour<QueueEvents.QueueEvent>(e => e.At, period, hour));
                if (filter.MinWaitSeconds is { } min) lines = lines.Where(e => e.WaitSeconds >= min);
                if (filter.WaitBelowSeconds is { } below) lines = lines.Where(e => e.WaitSeconds < below);
                if (filter.WaitAtMostSeconds is { } most) lines = lines.Where(e => e.WaitSeconds <= most);
            }
            if (report.Queue is not null) lines = lines.Where(e => e.Queue == report.Queue);
            if (report.Agent is not null) lines = lines.Where(e => e.Agent == report.Agent);
            calls = calls.Where(c => lines.Any(e => e.CallId == c.CallId));
        }
        return calls;
    }

    // (time in segment 1 and its local hour is h) or (time in segment 2 and …): the hour needs the segment's offset.
    private static Expression<Func<T, bool>> InLocalHour<T>(Expression<Func<T, DateTime>> time, ReportPeriod period, int hour)
    {
        var p = time.Parameters[0];
        var addSeconds = typeof(DateTime).GetMethod(nameof(DateTime.AddSeconds))!;
        Expression? body = null;
        foreach (var s in period.Segments)
        {
            var local = Expression.Call(time.Body, addSeconds, Expression.Constant((double)s.OffsetSeconds));
            Expression one = Expression.AndAlso(
                Expression.AndAlso(Expression.GreaterThanOrEqual(time.Body, Expression.Constant(s.StartUtc)), Expression.LessThan(time.Body, Expression.Constant(s.EndUtc))),
                Expression.Equal(Expression.Property(local, nameof(DateTime.Hour)), Expression.Constant(hour)));
            body = body is null ? one : Expression.OrElse(body, one);
        }
        return Expression.Lambda<Func<T, bool>>(body!, p);
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
