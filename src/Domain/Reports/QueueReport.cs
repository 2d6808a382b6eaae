using CallCenter.Domain.Acd;
using CallCenter.Domain.Data;
using CallCenter.Domain.Reports.Rollups;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports;

/// <summary>
/// The queue report (队列报表) from <c>queue_events</c>, one GROUP BY in the database: per queue offered, answered,
/// abandoned, overflowed, answered/abandoned within the queue's service-level threshold T
/// (<c>CallQueue.ServiceLevelSeconds</c>; 20 s for a queue no longer configured), SL1, SL2, ASA and longest wait.
/// Honours <see cref="ReportFilter.Queue"/>. Over whole-hour zone offsets it adds up the hourly rows
/// (<see cref="QueueHour"/>) and the log lines not folded into them yet (<see cref="HourlyRollup"/>).
/// </summary>
public sealed class QueueReport(ReportSource source)
{
    /// <summary>The threshold used for a queue that is no longer configured.</summary>
    public const int DefaultServiceLevelSeconds = 20;

    public async Task<ReportResult<QueueReportRow>> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var period = source.PeriodOf(filter);
        return await RunAsync(period, filter.Queue, ct);
    }

    internal async Task<ReportResult<QueueReportRow>> RunAsync(ReportPeriod period, string? queue, CancellationToken ct)
    {
        await using var db = await source.OpenAsync(ct);
        var settings = await db.Queues.AsNoTracking().Select(q => new { q.Name, q.DisplayName, q.ServiceLevelSeconds }).ToDictionaryAsync(q => q.Name, ct);
        int ThresholdOf(string name) => settings.TryGetValue(name, out var s) ? s.ServiceLevelSeconds : DefaultServiceLevelSeconds;
        List<QueueFigures> parts;
        if (await HourlyRows.QueueAsync(db, period, queue, ct) is { } hourly)
        {
            // The hourly rows; for a queue whose threshold changed since its lines were folded, its lines again.
            var hours = await FromHoursAsync(hourly, ct);
            var stale = hours.Where(h => h.T != ThresholdOf(h.Figures.Queue)).Select(h => h.Figures.Queue).ToHashSet(StringComparer.Ordinal);
            parts = [.. hours.Where(h => !stale.Contains(h.Figures.Queue)).Select(h => h.Figures)];
            foreach (var name in stale) parts.AddRange(await FromLogAsync(db, period, name, ct));
        }
        else
        {
            parts = await FromLogAsync(db, period, queue, ct);
        }
        var rows = parts.GroupBy(p => p.Queue, StringComparer.Ordinal).Select(g => g.Aggregate((a, b) => a.Plus(b)))
            .OrderBy(g => g.Queue, StringComparer.Ordinal).Select(g =>
            {
                settings.TryGetValue(g.Queue, out var s);
                return new QueueReportRow(g.Queue, string.IsNullOrEmpty(s?.DisplayName) ? g.Queue : s.DisplayName,
                    ThresholdOf(g.Queue), g.Joined + g.Full, g.Answered, g.Abandoned, g.Overflowed + g.Full,
                    g.AnsweredWithin, g.AbandonedWithin, g.AnsweredWait, g.Longest);
            }).ToList();
        return new ReportResult<QueueReportRow>(rows, Total(rows));
    }

    // The log lines, one GROUP BY per queue, each judged against its queue's threshold.
    private static async Task<List<QueueFigures>> FromLogAsync(CallCenterDbContext db, ReportPeriod period, string? queue, CancellationToken ct)
    {
        var (start, end) = (period.StartUtc, period.EndUtc);
        var events = db.QueueEvents.AsNoTracking().Where(e => e.At >= start && e.At < end && e.Queue != null);
        if (queue is not null) events = events.Where(e => e.Queue == queue);
        var grouped = await (
            from e in events
            join q in db.Queues on e.Queue equals q.Name into qs
            from q in qs.DefaultIfEmpty()
            let t = q == null ? DefaultServiceLevelSeconds : q.ServiceLevelSeconds
            group new { e.Event, e.WaitSeconds, T = (double)t } by e.Queue into g
            select new
            {
                Queue = g.Key!,
                Joined = g.Count(x => x.Event == QueueEventType.EnterQueue),
                Full = g.Count(x => x.Event == QueueEventType.JoinFull),
                Answered = g.Count(x => x.Event == QueueEventType.Connect),
                Abandoned = g.Count(x => x.Event == QueueEventType.Abandon),
                Overflowed = g.Count(x => x.Event == QueueEventType.ExitWithTimeout || x.Event == QueueEventType.ExitEmpty),
                AnsweredWithin = g.Count(x => x.Event == QueueEventType.Connect && x.WaitSeconds <= x.T),
                AbandonedWithin = g.Count(x => x.Event == QueueEventType.Abandon && x.WaitSeconds <= x.T),
                AnsweredWait = g.Sum(x => x.Event == QueueEventType.Connect ? x.WaitSeconds ?? 0 : 0),
                Longest = g.Max(x => x.Event == QueueEventType.Connect || x.Event == QueueEventType.Abandon
                    || x.Event == QueueEventType.ExitWithTimeout || x.Event == QueueEventType.ExitEmpty ? x.WaitSeconds ?? 0 : 0),
            }).ToListAsync(ct);
        return [.. grouped.Select(g => new QueueFigures(g.Queue, g.Joined, g.Full, g.Answered, g.Abandoned, g.Overflowed, g.AnsweredWithin, g.AbandonedWithin, g.AnsweredWait, g.Longest))];
    }

    // The hourly rows of the period per queue and the threshold they were counted with.
    private static async Task<List<(int T, QueueFigures Figures)>> FromHoursAsync(HourlyPart<QueueHour> hourly, CancellationToken ct)
    {
        var stored = await hourly.Stored.GroupBy(h => new { h.Queue, h.ServiceLevelSeconds }).Select(g => new QueueHour
        {
            Queue = g.Key.Queue, ServiceLevelSeconds = g.Key.ServiceLevelSeconds,
            Joined = g.Sum(h => h.Joined), Full = g.Sum(h => h.Full), Answered = g.Sum(h => h.Answered), Abandoned = g.Sum(h => h.Abandoned),
            Overflowed = g.Sum(h => h.Overflowed), AnsweredWithin = g.Sum(h => h.AnsweredWithin), AbandonedWithin = g.Sum(h => h.AbandonedWithin),
            AnsweredWaitSeconds = g.Sum(h => h.AnsweredWaitSeconds), LongestWaitSeconds = g.Max(h => h.LongestWaitSeconds),
        }).ToListAsync(ct);
        return [.. stored.Concat(hourly.Tail).Select(h => (h.ServiceLevelSeconds, new QueueFigures(h.Queue, h.Joined, h.Full, h.Answered, h.Abandoned,
            h.Overflowed, h.AnsweredWithin, h.AbandonedWithin, h.AnsweredWaitSeconds, h.LongestWaitSeconds)))];
    }

    /// <summary>The calls behind one cell of a queue row (the totals row: every queue).</summary>
    public static CallDetailFilter DrillDown(ReportFilter filter, QueueReportRow row, QueueMeasure measure)
    {
        var report = row.Queue == "" ? filter : filter with { Queue = row.Queue };
        return measure switch
        {
            QueueMeasure.Offered => new(report) { QueueEvents = [QueueEventType.EnterQueue, QueueEventType.JoinFull] },
            QueueMeasure.Answered => new(report) { QueueEvents = [QueueEventType.Connect] },
            QueueMeasure.Abandoned => new(report) { QueueEvents = [QueueEventType.Abandon] },
            QueueMeasure.Overflowed => new(report) { QueueEvents = [QueueEventType.ExitWithTimeout, QueueEventType.ExitEmpty, QueueEventType.JoinFull] },
            QueueMeasure.AnsweredWithinThreshold => new(report) { QueueEvents = [QueueEventType.Connect], WaitAtMostSeconds = row.ServiceLevelSeconds },
            QueueMeasure.AbandonedWithinThreshold => new(report) { QueueEvents = [QueueEventType.Abandon], WaitAtMostSeconds = row.ServiceLevelSeconds },
            _ => throw new ArgumentOutOfRangeException(nameof(measure)),
        };
    }

    private static QueueReportRow Total(List<QueueReportRow> rows) => new(
        "", "合计 Total", 0, rows.Sum(r => r.Offered), rows.Sum(r => r.Answered), rows.Sum(r => r.Abandoned),
        rows.Sum(r => r.Overflowed), rows.Sum(r => r.AnsweredWithinThreshold), rows.Sum(r => r.AbandonedWithinThreshold),
        rows.Sum(r => r.AnsweredWaitSeconds), rows.Count == 0 ? 0 : rows.Max(r => r.LongestWaitSeconds));
}
