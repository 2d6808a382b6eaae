using CallCenter.Domain.Acd;
using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>Folds the agent lines of <c>queue_events</c> (connect, ring-no-answer, completions) into <see cref="AgentCallHour"/> rows.</summary>
internal sealed class AgentCallFolder : IRollupFolder
{
    /// <summary>Its mark's name: a second reader of <c>queue_events</c>, with its own mark.</summary>
    /// <summary>The name of its mark (<see cref="RollupMark.Source"/>), which reports look up too.</summary>
    public const string Name = "queue_events/agents";

    public string Source => Name;

    public async Task<long> MaxIdAsync(CallCenterDbContext db, CancellationToken ct) => await db.QueueEvents.MaxAsync(e => (long?)e.Id, ct) ?? 0;

    public async Task<long> FoldAsync(CallCenterDbContext db, long afterId, long upToId, int batch, CancellationToken ct)
    {
        var lines = await ReadAsync(db, afterId, upToId, batch, ct);
        if (lines.Count == 0) return upToId;
        await HourlyMerge.IntoAsync(db.AgentCallHours, Aggregate(lines).Values, h => (h.HourUtc, h.Agent, h.Queue), ct);
        return lines.Count == batch ? lines[^1].Id : upToId;
    }

    /// <summary>The agent lines with <paramref name="afterId"/> &lt; id ≤ <paramref name="upToId"/>, at most <paramref name="batch"/>, in id order.</summary>
    public static Task<List<AgentLine>> ReadAsync(CallCenterDbContext db, long afterId, long upToId, int batch, CancellationToken ct) =>
        db.QueueEvents.AsNoTracking().Where(e => e.Id > afterId && e.Id <= upToId && e.Agent != null
                && (e.Event == QueueEventType.Connect || e.Event == QueueEventType.RingNoAnswer || e.Event == QueueEventType.CompleteAgent
                    || e.Event == QueueEventType.CompleteCaller || e.Event == QueueEventType.Transfer))
            .OrderBy(e => e.Id).Take(batch)
            .Select(e => new AgentLine(e.Id, e.At, e.Agent!, e.Queue ?? "", e.Event, e.TalkSeconds)).ToListAsync(ct);

    /// <summary>Adds agent lines up per hour, agent and queue (new rows, not tracked).</summary>
    public static Dictionary<(DateTime, string, string), AgentCallHour> Aggregate(IEnumerable<AgentLine> lines)
    {
        var hours = new Dictionary<(DateTime, string, string), AgentCallHour>();
        foreach (var line in lines)
        {
            var key = (RollupHours.HourOf(line.At), line.Agent, line.Queue);
            if (!hours.TryGetValue(key, out var hour)) hours[key] = hour = new AgentCallHour { HourUtc = key.Item1, Agent = line.Agent, Queue = line.Queue };
            switch (line.Event)
            {
                case QueueEventType.Connect: hour.Calls++; break;
                case QueueEventType.RingNoAnswer: hour.NoAnswer++; break;
                default: hour.TalkSeconds += line.TalkSeconds ?? 0; break;
            }
        }
        return hours;
    }
}
