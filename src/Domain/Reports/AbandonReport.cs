using CallCenter.Domain.Acd;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports;

/// <summary>
/// Abandon analysis (放弃分析) from the ABANDON lines of <c>queue_events</c>: by wait bucket (<see cref="AbandonBuckets"/>),
/// by queue and by local hour, short abandons (&lt; 5 s) apart. One GROUP BY (queue, local hour, bucket) per zone offset
/// segment. Honours <see cref="ReportFilter.Queue"/>.
/// </summary>
public sealed class AbandonReport(ReportSource source)
{
    public async Task<AbandonAnalysis> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var period = source.PeriodOf(filter);
        await using var db = await source.OpenAsync(ct);
        var cells = new List<(string Queue, int Hour, int Bucket, int Count, double Wait)>();
        foreach (var segment in period.Segments)
        {
            var events = db.QueueEvents.AsNoTracking()
                .Where(e => e.At >= segment.StartUtc && e.At < segment.EndUtc && e.Event == QueueEventType.Abandon && e.Queue != null);
            if (filter.Queue is not null) events = events.Where(e => e.Queue == filter.Queue);
            var off = (double)segment.OffsetSeconds;
            var groups = await events
                .Select(e => new
                {
                    e.Queue,
                    e.At.AddSeconds(off).Hour,
                    Wait = e.WaitSeconds ?? 0,
                    Bucket = (e.WaitSeconds ?? 0) < 5 ? 0 : (e.WaitSeconds ?? 0) < 10 ? 1 : (e.WaitSeconds ?? 0) < 20 ? 2
                        : (e.WaitSeconds ?? 0) < 30 ? 3 : (e.WaitSeconds ?? 0) < 60 ? 4 : (e.WaitSeconds ?? 0) < 120 ? 5 : 6,
                })
                .GroupBy(x => new { x.Queue, x.Hour, x.Bucket })
                .Select(g => new { g.Key.Queue, g.Key.Hour, g.Key.Bucket, Count = g.Count(), Wait = g.Sum(x => x.Wait) })
                .ToListAsync(ct);
            cells.AddRange(groups.Select(g => (g.Queue!, g.Hour, g.Bucket, g.Count, g.Wait)));
        }
        var byWait = Enumerable.Range(0, AbandonBuckets.LowerBounds.Count)
            .Select(i => new AbandonBucketRow(i, AbandonBuckets.Label(i), AbandonBuckets.LowerBounds[i], AbandonBuckets.UpperBound(i), cells.Where(c => c.Bucket == i).Sum(c => c.Count)))
            .ToList();
        var byQueue = cells.GroupBy(c => c.Queue).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AbandonQueueRow(g.Key, g.Sum(c => c.Count), g.Where(c => c.Bucket == 0).Sum(c => c.Count), g.Sum(c => c.Wait)))
            .ToList();
        var byHour = Enumerable.Range(0, 24)
            .Select(h => new AbandonHourRow(h, cells.Where(c => c.Hour == h).Sum(c => c.Count), cells.Where(c => c.Hour == h && c.Bucket == 0).Sum(c => c.Count)))
            .ToList();
        var totals = new AbandonQueueRow("", byQueue.Sum(r => r.Abandoned), byQueue.Sum(r => r.Short), byQueue.Sum(r => r.TotalWaitSeconds));
        return new AbandonAnalysis(byWait, byQueue, byHour, totals);
    }

    /// <summary>The abandoned calls of one wait bucket (index into <see cref="AbandonBuckets.LowerBounds"/>).</summary>
    public static CallDetailFilter DrillDownBucket(ReportFilter filter, int bucket) => new(filter)
    {
        QueueEvents = [QueueEventType.Abandon],
        MinWaitSeconds = AbandonBuckets.LowerBounds[bucket],
        WaitBelowSeconds = AbandonBuckets.UpperBound(bucket),
    };

    /// <summary>The abandoned calls of one queue ("" = all), optionally only the short ones.</summary>
    public static CallDetailFilter DrillDownQueue(ReportFilter filter, string queue, bool shortOnly = false) =>
        new(queue == "" ? filter : filter with { Queue = queue })
        {
            QueueEvents = [QueueEventType.Abandon],
            WaitBelowSeconds = shortOnly ? AbandonBuckets.ShortBelowSeconds : null,
        };

    /// <summary>The abandoned calls of one local hour of the day.</summary>
    public static CallDetailFilter DrillDownHour(ReportFilter filter, int hour) => new(filter) { QueueEvents = [QueueEventType.Abandon], LocalHour = hour };
}
