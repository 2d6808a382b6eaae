using CallCenter.Domain.Acd;
using CallCenter.Domain.Calls;
using CallCenter.Domain.Data;
using CallCenter.Domain.Reports.Rollups;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports;

/// <summary>
/// Traffic (话务量) by hour of day, day, week or month, by number (<c>call_records</c>: inbound = the caller is not one of
/// our extensions, keyed by called number; outbound = placed by an extension, keyed by that extension; abandoned =
/// inbound and never answered; talk = end − answer) or by queue (<c>queue_events</c>: inbound = joined, answered =
/// connected, abandoned, talk of the completed/transferred conversations). Grouped in the database by local hour of the
/// day (hour rows) or local day (the others; UTC + the zone's offset, per offset segment), rolled up to weeks and months here. Honours
/// <see cref="ReportFilter.Number"/> (by number) and <see cref="ReportFilter.Queue"/> (by queue). Over whole-hour zone
/// offsets it adds up the hourly rows (<see cref="TrafficHour"/>, <see cref="QueueHour"/>) and the source rows not
/// folded into them yet (<see cref="HourlyRollup"/>); narrowed to a number, the call records alone.
/// </summary>
public sealed class TrafficReport(ReportSource source)
{
    public async Task<ReportResult<TrafficRow>> RunAsync(ReportFilter filter, ReportGranularity granularity, TrafficKey key, CancellationToken ct = default)
    {
        var period = source.PeriodOf(filter);
        // Hour rows are hours of the day over the period, the others roll up days: the database groups by one of the two only.
        var hourly = granularity == ReportGranularity.Hour;
        var cells = key == TrafficKey.Number ? await ByNumberAsync(period, filter, hourly, ct) : await ByQueueAsync(period, filter, hourly, ct);
        var rows = cells
            .GroupBy(c => (Start: LocalBucket.Start(granularity, filter.From, c.Day, c.Hour), c.Key))
            .Select(g => new TrafficRow(g.Key.Start, LocalBucket.Label(granularity, g.Key.Start), g.Key.Key, g.Sum(c => c.Inbound),
                g.Sum(c => c.Outbound), g.Sum(c => c.Answered), g.Sum(c => c.Abandoned), g.Sum(c => c.TalkSeconds)))
            .OrderBy(r => r.BucketStart).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        var first = filter.From.ToDateTime(TimeOnly.MinValue);
        var totals = new TrafficRow(first, "合计 Total", "", rows.Sum(r => r.Inbound), rows.Sum(r => r.Outbound), rows.Sum(r => r.Answered),
            rows.Sum(r => r.Abandoned), rows.Sum(r => r.TalkSeconds));
        return new ReportResult<TrafficRow>(rows, totals);
    }

    /// <summary>
    /// The totals row of the report by number alone (what <see cref="PeriodComparison"/> needs): the same figures, counted
    /// without bucketing every call by local day and hour, which is most of the report's cost over a long period.
    /// </summary>
    internal async Task<TrafficRow> TotalsByNumberAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var period = source.PeriodOf(filter);
        await using var db = await source.OpenAsync(ct);
        if (filter.Number is null && await HourlyRows.TrafficAsync(db, period, ct) is { } hourly)
        {
            var stored = await hourly.Stored.GroupBy(h => h.Outbound)
                .Select(g => new TrafficHour { Outbound = g.Key, Calls = g.Sum(h => h.Calls), Answered = g.Sum(h => h.Answered), TalkSeconds = g.Sum(h => h.TalkSeconds) })
                .ToListAsync(ct);
            var all = stored.Concat(hourly.Tail).ToList();
            var (inCalls, inAnswered) = (all.Where(h => !h.Outbound).Sum(h => h.Calls), all.Where(h => !h.Outbound).Sum(h => h.Answered));
            return new TrafficRow(filter.From.ToDateTime(TimeOnly.MinValue), "合计 Total", "", inCalls, all.Where(h => h.Outbound).Sum(h => h.Calls),
                all.Sum(h => h.Answered), inCalls - inAnswered, Math.Round(all.Sum(h => h.TalkSeconds), 3));
        }
        var extensions = await db.Extensions.AsNoTracking().Select(e => e.Number).ToListAsync(ct);
        var outbound = UriUser.In(c => c.From, extensions);
        var sqlite = db.Database.IsSqlite();
        var calls = db.CallRecords.AsNoTracking().Where(c => c.StartedAt >= period.StartUtc && c.StartedAt < period.EndUtc);
        if (filter.Number is not null) calls = calls.Where(UriUser.In(c => c.To, [filter.Number]));
        var inbound = await AnsweredOrNotAsync(calls.Where(UriUser.Not(outbound)).Select(CdrFacts.Projection(sqlite, 0, keyByCaller: false)), ct);
        var placed = extensions.Count > 0
            ? await AnsweredOrNotAsync(calls.Where(outbound).Select(CdrFacts.Projection(sqlite, 0, keyByCaller: true)), ct)
            : (Count: 0, Answered: 0, Talk: 0.0);
        return new TrafficRow(filter.From.ToDateTime(TimeOnly.MinValue), "合计 Total", "", inbound.Count, placed.Count, inbound.Answered + placed.Answered,
            inbound.Count - inbound.Answered, inbound.Talk + placed.Talk);
    }

    private static async Task<(int Count, int Answered, double Talk)> AnsweredOrNotAsync(IQueryable<CdrFacts> facts, CancellationToken ct)
    {
        var groups = await facts.GroupBy(x => x.Answered).Select(g => new { g.Key, Count = g.Count(), Talk = g.Sum(x => x.Talk) }).ToListAsync(ct);
        return (groups.Sum(g => g.Count), groups.Where(g => g.Key).Sum(g => g.Count), Math.Round(groups.Sum(g => g.Talk), 3));
    }

    /// <summary>
    /// The calls behind one traffic cell. Rows by number: the called number (inbound) or the calling extension
    /// (outbound) in the row's bucket; by queue: the queue's log lines in the bucket. Totals row (key ""): the period.
    /// </summary>
    public static CallDetailFilter DrillDown(ReportFilter filter, ReportGranularity granularity, TrafficKey key, TrafficRow row, TrafficMeasure measure)
    {
        var cell = new CallDetailFilter(filter);
        if (row.Key != "")
        {
            cell = granularity == ReportGranularity.Hour
                ? cell with { LocalHour = row.BucketStart.Hour }
                : cell with { LocalFrom = row.BucketStart, LocalTo = granularity switch
                {
                    ReportGranularity.Day => row.BucketStart.AddDays(1),
                    ReportGranularity.Week => row.BucketStart.AddDays(7),
                    _ => row.BucketStart.AddMonths(1),
                } };
        }
        if (key == TrafficKey.Queue)
        {
            if (row.Key != "") cell = cell with { Report = filter with { Queue = row.Key } };
            return cell with { QueueEvents = measure switch
            {
                TrafficMeasure.Answered => [QueueEventType.Connect],
                TrafficMeasure.Abandoned => [QueueEventType.Abandon],
                _ => [QueueEventType.EnterQueue],
            } };
        }
        var outbound = measure == TrafficMeasure.Outbound || (row.Key != "" && row.Outbound > 0 && row.Inbound == 0);
        if (row.Key != "") cell = outbound ? cell with { Caller = row.Key } : cell with { Report = filter with { Number = row.Key } };
        return measure switch
        {
            TrafficMeasure.Answered => cell with { Answered = true },
            TrafficMeasure.Abandoned => cell with { Answered = false },
            _ => cell,
        };
    }

    private async Task<List<TrafficCell>> ByNumberAsync(ReportPeriod period, ReportFilter filter, bool hourlyBuckets, CancellationToken ct)
    {
        await using var db = await source.OpenAsync(ct);
        // The hourly rows (and the records not folded into them yet); narrowed to a called number, the records alone
        // (the hourly rows keep a placed call under its extension, not under the number it called).
        if (filter.Number is null && await HourlyRows.TrafficAsync(db, period, ct) is { } hourly)
            return Cells(period, [.. await hourly.Stored.ToListAsync(ct), .. hourly.Tail]);
        var extensions = await db.Extensions.AsNoTracking().Select(e => e.Number).ToListAsync(ct);
        var outbound = UriUser.In(c => c.From, extensions);
        var inbound = UriUser.Not(outbound);
        var sqlite = db.Database.IsSqlite();
        var cells = new List<TrafficCell>();
        foreach (var segment in period.Segments)
        {
            var calls = db.CallRecords.AsNoTracking().Where(c => c.StartedAt >= segment.StartUtc && c.StartedAt < segment.EndUtc);
            if (filter.Number is not null) calls = calls.Where(UriUser.In(c => c.To, [filter.Number]));
            var off = (double)segment.OffsetSeconds;
            cells.AddRange(await GroupAsync(calls.Where(inbound).Select(CdrFacts.Projection(sqlite, off, keyByCaller: false)), inbound: true, hourly: hourlyBuckets, ct));
            if (extensions.Count > 0)
                cells.AddRange(await GroupAsync(calls.Where(outbound).Select(CdrFacts.Projection(sqlite, off, keyByCaller: true)), inbound: false, hourly: hourlyBuckets, ct));
        }
        return cells;
    }

    // Hourly rows by number as cells of their local day and hour.
    private static List<TrafficCell> Cells(ReportPeriod period, IEnumerable<TrafficHour> hours) =>
    [
        .. hours.Select(h =>
        {
            var local = period.ToLocal(h.HourUtc);
            return h.Outbound
                ? new TrafficCell(local.Date, local.Hour, h.Number, 0, h.Calls, h.Answered, 0, Math.Round(h.TalkSeconds, 3))
                : new TrafficCell(local.Date, local.Hour, h.Number, h.Calls, 0, h.Answered, h.Calls - h.Answered, Math.Round(h.TalkSeconds, 3));
        }),
    ];

    // A cell is (local day, hour): by hour the day is left at its default, by day the hour at 0 (LocalBucket ignores them).
    private static async Task<IEnumerable<TrafficCell>> GroupAsync(IQueryable<CdrFacts> facts, bool inbound, bool hourly, CancellationToken ct)
    {
        var groups = hourly
            ? (await facts.GroupBy(x => new { x.Local.Hour, x.Key })
                .Select(g => new { g.Key.Hour, g.Key.Key, Count = g.Count(), Answered = g.Count(x => x.Answered), Talk = g.Sum(x => x.Talk) })
                .ToListAsync(ct)).Select(g => (Date: default(DateTime), g.Hour, g.Key, g.Count, g.Answered, g.Talk))
            : (await facts.GroupBy(x => new { x.Local.Date, x.Key })
                .Select(g => new { g.Key.Date, g.Key.Key, Count = g.Count(), Answered = g.Count(x => x.Answered), Talk = g.Sum(x => x.Talk) })
                .ToListAsync(ct)).Select(g => (g.Date, Hour: 0, g.Key, g.Count, g.Answered, g.Talk));
        // Talk through julianday is exact to about 0.1 ms: rounded to the millisecond.
        return groups.Select(g => inbound
            ? new TrafficCell(g.Date, g.Hour, UriUser.Of(g.Key), g.Count, 0, g.Answered, g.Count - g.Answered, Math.Round(g.Talk, 3))
            : new TrafficCell(g.Date, g.Hour, UriUser.Of(g.Key), 0, g.Count, g.Answered, 0, Math.Round(g.Talk, 3)));
    }

    private async Task<List<TrafficCell>> ByQueueAsync(ReportPeriod period, ReportFilter filter, bool hourly, CancellationToken ct)
    {
        await using var db = await source.OpenAsync(ct);
        if (await HourlyRows.QueueAsync(db, period, filter.Queue, ct) is { } hours)
        {
            // Every threshold's rows: traffic does not depend on it.
            var stored = await hours.Stored.GroupBy(h => new { h.HourUtc, h.Queue })
                .Select(g => new QueueHour { HourUtc = g.Key.HourUtc, Queue = g.Key.Queue, Joined = g.Sum(h => h.Joined), Answered = g.Sum(h => h.Answered), Abandoned = g.Sum(h => h.Abandoned), TalkSeconds = g.Sum(h => h.TalkSeconds) })
                .ToListAsync(ct);
            return [.. stored.Concat(hours.Tail).Select(h =>
            {
                var local = period.ToLocal(h.HourUtc);
                return new TrafficCell(local.Date, local.Hour, h.Queue, h.Joined, 0, h.Answered, h.Abandoned, h.TalkSeconds);
            })];
        }
        var cells = new List<TrafficCell>();
        foreach (var segment in period.Segments)
        {
            var events = db.QueueEvents.AsNoTracking().Where(e => e.At >= segment.StartUtc && e.At < segment.EndUtc && e.Queue != null
                && (e.Event == QueueEventType.EnterQueue || e.Event == QueueEventType.Connect || e.Event == QueueEventType.Abandon
                    || e.Event == QueueEventType.CompleteAgent || e.Event == QueueEventType.CompleteCaller || e.Event == QueueEventType.Transfer));
            if (filter.Queue is not null) events = events.Where(e => e.Queue == filter.Queue);
            var off = (double)segment.OffsetSeconds;
            var lines = events.Select(e => new { L = e.At.AddSeconds(off), e.Queue, e.Event, e.TalkSeconds });
            if (hourly)
            {
                var groups = await lines.GroupBy(x => new { x.L.Hour, x.Queue })
                    .Select(g => new
                    {
                        g.Key.Hour, g.Key.Queue,
                        Joined = g.Count(x => x.Event == QueueEventType.EnterQueue),
                        Answered = g.Count(x => x.Event == QueueEventType.Connect),
                        Abandoned = g.Count(x => x.Event == QueueEventType.Abandon),
                        Talk = g.Sum(x => x.TalkSeconds ?? 0),
                    }).ToListAsync(ct);
                cells.AddRange(groups.Select(g => new TrafficCell(default, g.Hour, g.Queue!, g.Joined, 0, g.Answered, g.Abandoned, g.Talk)));
            }
            else
            {
                var groups = await lines.GroupBy(x => new { x.L.Date, x.Queue })
                    .Select(g => new
                    {
                        g.Key.Date, g.Key.Queue,
                        Joined = g.Count(x => x.Event == QueueEventType.EnterQueue),
                        Answered = g.Count(x => x.Event == QueueEventType.Connect),
                        Abandoned = g.Count(x => x.Event == QueueEventType.Abandon),
                        Talk = g.Sum(x => x.TalkSeconds ?? 0),
                    }).ToListAsync(ct);
                cells.AddRange(groups.Select(g => new TrafficCell(g.Date, 0, g.Queue!, g.Joined, 0, g.Answered, g.Abandoned, g.Talk)));
            }
        }
        return cells;
    }
}
