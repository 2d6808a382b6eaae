using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// What a report over a period reads instead of the sources: the stored hourly rows and the source rows not folded yet
/// (read by id after the mark — a short range once passes run — and added up in memory as the folders do), all in one
/// read snapshot (<see cref="ReadSnapshot"/>). Null when the
/// report must read the sources: the zone's offset is not whole hours in the period, no pass has ever run (the rollup is
/// off), or more than <see cref="TailLimit"/> rows are waiting to be folded.
/// </summary>
internal static class HourlyRows
{
    /// <summary>Most source rows a report adds up in memory; beyond it the hourly tables are too far behind to help.</summary>
    public const int TailLimit = 50_000;

    public static async Task<HourlyPart<QueueHour>?> QueueAsync(CallCenterDbContext db, ReportPeriod period, string? queue, CancellationToken ct)
    {
        if (await FoldedIdAsync(db, period, QueueEventFolder.Name, ct) is not { } folded) return null;
        var tail = await QueueEventFolder.ReadAsync(db, folded, long.MaxValue, TailLimit + 1, ct);
        if (tail.Count > TailLimit) return null;
        var (start, end) = (period.StartUtc, period.EndUtc);
        var stored = InPeriod(db.QueueHours, start, end);
        if (queue is not null) stored = stored.Where(h => h.Queue == queue);
        var inPeriod = tail.Where(l => l.At >= start && l.At < end && (queue is null || l.Queue == queue));
        return new HourlyPart<QueueHour>(stored, [.. (await QueueEventFolder.AggregateAsync(db, inPeriod, ct)).Values]);
    }

    public static async Task<HourlyPart<TrafficHour>?> TrafficAsync(CallCenterDbContext db, ReportPeriod period, CancellationToken ct)
    {
        if (await FoldedIdAsync(db, period, CallRecordFolder.Name, ct) is not { } folded) return null;
        var tail = await CallRecordFolder.ReadAsync(db, folded, long.MaxValue, TailLimit + 1, ct);
        if (tail.Count > TailLimit) return null;
        var (start, end) = (period.StartUtc, period.EndUtc);
        var stored = InPeriod(db.TrafficHours, start, end);
        var inPeriod = tail.Where(c => c.StartedAt >= start && c.StartedAt < end);
        return new HourlyPart<TrafficHour>(stored, [.. (await CallRecordFolder.AggregateAsync(db, inPeriod, ct)).Values]);
    }

    /// <summary>Agent lines of the period, narrowed to <paramref name="agents"/> (null: all) and <paramref name="queue"/>.</summary>
    public static async Task<HourlyPart<AgentCallHour>?> AgentCallsAsync(CallCenterDbContext db, ReportPeriod period, IReadOnlyCollection<string>? agents, string? queue, CancellationToken ct)
    {
        if (await FoldedIdAsync(db, period, AgentCallFolder.Name, ct) is not { } folded) return null;
        var tail = await AgentCallFolder.ReadAsync(db, folded, long.MaxValue, TailLimit + 1, ct);
        if (tail.Count > TailLimit) return null;
        var (start, end) = (period.StartUtc, period.EndUtc);
        var stored = InPeriod(db.AgentCallHours, start, end);
        if (agents is not null) stored = stored.Where(h => agents.Contains(h.Agent));
        if (queue is not null) stored = stored.Where(h => h.Queue == queue);
        var inPeriod = tail.Where(l => l.At >= start && l.At < end && (agents is null || agents.Contains(l.Agent)) && (queue is null || l.Queue == queue));
        return new HourlyPart<AgentCallHour>(stored, [.. AgentCallFolder.Aggregate(inPeriod).Values]);
    }

    /// <summary>
    /// Agent state seconds of the period up to <paramref name="untilUtc"/> (now, when the period has not ended): the
    /// folded hours, then from each agent's cursor through the changes not folded yet to <paramref name="untilUtc"/>.
    /// </summary>
    public static async Task<HourlyPart<AgentStateHour>?> AgentStatesAsync(CallCenterDbContext db, ReportPeriod period, DateTime untilUtc, IReadOnlyCollection<string>? agents, CancellationToken ct)
    {
        if (await FoldedIdAsync(db, period, AgentStateFolder.Name, ct) is not { } folded) return null;
        var tail = await AgentStateFolder.ReadAsync(db, folded, long.MaxValue, TailLimit + 1, ct);
        if (tail.Count > TailLimit) return null;
        var (start, end) = (period.StartUtc, period.EndUtc);
        var stored = InPeriod(db.AgentStateHours, start, end);
        if (agents is not null) stored = stored.Where(h => agents.Contains(h.Agent));
        var cursors = await db.AgentStateCursors.AsNoTracking().ToDictionaryAsync(c => c.Agent, StringComparer.Ordinal, ct);
        var spread = new AgentStateSpread(start, untilUtc < end ? untilUtc : end);
        foreach (var change in tail)
        {
            if (agents is not null && !agents.Contains(change.Agent)) continue;
            if (cursors.TryGetValue(change.Agent, out var cursor)) AgentStateFolder.Advance(spread, cursor, change);
            else cursors[change.Agent] = new AgentStateCursor { Agent = change.Agent, Since = change.At, State = change.To };
        }
        foreach (var cursor in cursors.Values)
            if (agents is null || agents.Contains(cursor.Agent)) spread.Add(cursor.Agent, cursor.State, cursor.Since, untilUtc);
        return new HourlyPart<AgentStateHour>(stored, [.. spread.Hours.Values]);
    }

    /// <summary>IVR step counts of the calls started in the period, of one call flow when given.</summary>
    public static async Task<HourlyPart<IvrHour>?> IvrAsync(CallCenterDbContext db, ReportPeriod period, string? flow, CancellationToken ct)
    {
        if (await FoldedIdAsync(db, period, TraceFolder.Name, ct) is not { } folded) return null;
        if (await db.CallRecords.CountAsync(c => c.Id > folded, ct) > TailLimit) return null;
        var (start, end) = (period.StartUtc, period.EndUtc);
        var stored = InPeriod(db.IvrHours, start, end);
        if (flow is not null) stored = stored.Where(h => h.CallFlow == flow);
        var tail = (await TraceFolder.CountAsync(db, folded, long.MaxValue, ct)).Ivr;
        var inPeriod = tail.Hours.Values.Where(h => h.HourUtc >= start && h.HourUtc < end && (flow is null || h.CallFlow == flow));
        return new HourlyPart<IvrHour>(stored, [.. inPeriod]);
    }

    /// <summary>Hang-up sides and extension traffic of the calls started in the period (one read of the records after the mark serves both).</summary>
    public static async Task<(HourlyPart<HangupHour> Hangups, HourlyPart<ExtensionHour> Extensions)?> CallOutcomesAsync(CallCenterDbContext db, ReportPeriod period, CancellationToken ct)
    {
        if (await FoldedIdAsync(db, period, CallOutcomeFolder.Name, ct) is not { } folded) return null;
        var tail = await CallOutcomeFolder.ReadAsync(db, folded, long.MaxValue, TailLimit + 1, ct);
        if (tail.Count > TailLimit) return null;
        var (start, end) = (period.StartUtc, period.EndUtc);
        var (hangups, extensions) = await CallOutcomeFolder.AggregateAsync(db, [.. tail.Where(c => c.StartedAt >= start && c.StartedAt < end)], ct);
        return (new HourlyPart<HangupHour>(InPeriod(db.HangupHours, start, end), [.. hangups.Values]),
            new HourlyPart<ExtensionHour>(InPeriod(db.ExtensionHours, start, end), [.. extensions.Values]));
    }

    /// <summary>Survey answers of the calls started in the period, of one call flow when given.</summary>
    public static async Task<HourlyPart<SurveyHour>?> SurveyAsync(CallCenterDbContext db, ReportPeriod period, string? flow, CancellationToken ct)
    {
        if (await FoldedIdAsync(db, period, TraceFolder.Name, ct) is not { } folded) return null;
        if (await db.CallRecords.CountAsync(c => c.Id > folded, ct) > TailLimit) return null;
        var (start, end) = (period.StartUtc, period.EndUtc);
        var stored = InPeriod(db.SurveyHours, start, end);
        if (flow is not null) stored = stored.Where(h => h.CallFlow == flow);
        var tail = (await TraceFolder.CountAsync(db, folded, long.MaxValue, ct)).Survey;
        return new HourlyPart<SurveyHour>(stored, [.. tail.Hours.Values.Where(h => h.HourUtc >= start && h.HourUtc < end && (flow is null || h.CallFlow == flow))]);
    }

    // Where the source is folded up to, read in the report's snapshot; null when the report must read the sources.
    private static async Task<long?> FoldedIdAsync(CallCenterDbContext db, ReportPeriod period, string source, CancellationToken ct)
    {
        if (!RollupHours.Cover(period)) return null;
        await ReadSnapshot.BeginAsync(db, ct);
        return await db.RollupMarks.AsNoTracking().Where(m => m.Source == source).Select(m => (long?)m.FoldedId).FirstOrDefaultAsync(ct);
    }

    private static IQueryable<THour> InPeriod<THour>(DbSet<THour> table, DateTime start, DateTime end) where THour : class, IHourlyRow<THour> =>
        table.AsNoTracking().Where(h => h.HourUtc >= start && h.HourUtc < end);
}
