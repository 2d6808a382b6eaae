using CallCenter.Domain.Acd;
using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>Folds <c>queue_events</c> lines that name a queue into <see cref="QueueHour"/> rows (per UTC hour, queue, threshold).</summary>
internal sealed class QueueEventFolder : IRollupFolder
{
    /// <summary>The name of its mark (<see cref="RollupMark.Source"/>), which reports look up too.</summary>
    public const string Name = "queue_events";

    public string Source => Name;

    public async Task<long> MaxIdAsync(CallCenterDbContext db, CancellationToken ct) => await db.QueueEvents.MaxAsync(e => (long?)e.Id, ct) ?? 0;

    public async Task<long> FoldAsync(CallCenterDbContext db, long afterId, long upToId, int batch, CancellationToken ct)
    {
        var lines = await ReadAsync(db, afterId, upToId, batch, ct);
        if (lines.Count == 0) return upToId;
        await HourlyMerge.IntoAsync(db.QueueHours, (await AggregateAsync(db, lines, ct)).Values, h => (h.HourUtc, h.Queue, h.ServiceLevelSeconds), ct);
        return lines.Count == batch ? lines[^1].Id : upToId;
    }

    /// <summary>The lines naming a queue with <paramref name="afterId"/> &lt; id ≤ <paramref name="upToId"/>, at most <paramref name="batch"/>, in id order.</summary>
    public static Task<List<QueueLine>> ReadAsync(CallCenterDbContext db, long afterId, long upToId, int batch, CancellationToken ct) =>
        db.QueueEvents.AsNoTracking().Where(e => e.Id > afterId && e.Id <= upToId && e.Queue != null)
            .OrderBy(e => e.Id).Take(batch)
            .Select(e => new QueueLine(e.Id, e.At, e.Queue!, e.Event, e.WaitSeconds, e.TalkSeconds)).ToListAsync(ct);

    /// <summary>Adds <paramref name="lines"/> up per hour, queue and the queue's present threshold (new rows, not tracked).</summary>
    public static async Task<Dictionary<(DateTime, string, int), QueueHour>> AggregateAsync(CallCenterDbContext db, IEnumerable<QueueLine> lines, CancellationToken ct)
    {
        var thresholds = await db.Queues.AsNoTracking().ToDictionaryAsync(q => q.Name, q => q.ServiceLevelSeconds, ct);
        var hours = new Dictionary<(DateTime, string, int), QueueHour>();
        foreach (var line in lines)
        {
            var t = thresholds.GetValueOrDefault(line.Queue, QueueReport.DefaultServiceLevelSeconds);
            var key = (RollupHours.HourOf(line.At), line.Queue, t);
            if (!hours.TryGetValue(key, out var hour))
                hours[key] = hour = new QueueHour { HourUtc = key.Item1, Queue = key.Item2, ServiceLevelSeconds = t };
            Add(hour, line.Event, line.WaitSeconds, line.TalkSeconds ?? 0, t);
        }
        return hours;
    }

    // A line without a wait (not recorded) counts as answered/abandoned but never within T, as in SQL (NULL <= T is false).
    private static void Add(QueueHour hour, QueueEventType type, double? waited, double talk, int t)
    {
        var wait = waited ?? 0;
        switch (type)
        {
            case QueueEventType.EnterQueue: hour.Joined++; break;
            case QueueEventType.JoinFull: hour.Full++; break;
            case QueueEventType.Connect:
                hour.Answered++;
                hour.AnsweredWaitSeconds += wait;
                if (waited <= t) hour.AnsweredWithin++;
                break;
            case QueueEventType.Abandon:
                hour.Abandoned++;
                if (waited <= t) hour.AbandonedWithin++;
                break;
            case QueueEventType.ExitWithTimeout or QueueEventType.ExitEmpty: hour.Overflowed++; break;
            case QueueEventType.CompleteAgent or QueueEventType.CompleteCaller or QueueEventType.Transfer: hour.TalkSeconds += talk; break;
        }
        if (type is QueueEventType.Connect or QueueEventType.Abandon or QueueEventType.ExitWithTimeout or QueueEventType.ExitEmpty)
            hour.LongestWaitSeconds = Math.Max(hour.LongestWaitSeconds, wait);
    }
}
