using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// Folds <c>call_records</c> into <see cref="TrafficHour"/> rows: a call placed by one of the configured extensions under
/// that extension (outbound), any other under the number it called (inbound), in the UTC hour it started.
/// </summary>
internal sealed class CallRecordFolder : IRollupFolder
{
    /// <summary>The name of its mark (<see cref="RollupMark.Source"/>), which reports look up too.</summary>
    public const string Name = "call_records";

    public string Source => Name;

    public async Task<long> MaxIdAsync(CallCenterDbContext db, CancellationToken ct) => await db.CallRecords.MaxAsync(c => (long?)c.Id, ct) ?? 0;

    public async Task<long> FoldAsync(CallCenterDbContext db, long afterId, long upToId, int batch, CancellationToken ct)
    {
        var calls = await ReadAsync(db, afterId, upToId, batch, ct);
        if (calls.Count == 0) return upToId;
        await HourlyMerge.IntoAsync(db.TrafficHours, (await AggregateAsync(db, calls, ct)).Values, h => (h.HourUtc, h.Outbound, h.Number), ct);
        return calls.Count == batch ? calls[^1].Id : upToId;
    }

    /// <summary>The records with <paramref name="afterId"/> &lt; id ≤ <paramref name="upToId"/>, at most <paramref name="batch"/>, in id order.</summary>
    public static Task<List<CallLine>> ReadAsync(CallCenterDbContext db, long afterId, long upToId, int batch, CancellationToken ct) =>
        db.CallRecords.AsNoTracking().Where(c => c.Id > afterId && c.Id <= upToId)
            .OrderBy(c => c.Id).Take(batch)
            .Select(c => new CallLine(c.Id, c.From, c.To, c.StartedAt, c.AnsweredAt, c.EndedAt)).ToListAsync(ct);

    /// <summary>Adds <paramref name="calls"/> up per hour, direction and number, by the extensions configured now (new rows, not tracked).</summary>
    public static async Task<Dictionary<(DateTime, bool, string), TrafficHour>> AggregateAsync(CallCenterDbContext db, IEnumerable<CallLine> calls, CancellationToken ct)
    {
        var extensions = (await db.Extensions.AsNoTracking().Select(e => e.Number).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var hours = new Dictionary<(DateTime, bool, string), TrafficHour>();
        foreach (var call in calls)
        {
            var caller = UriUser.Of(call.From);
            var outbound = extensions.Contains(caller);
            var key = (RollupHours.HourOf(call.StartedAt), outbound, outbound ? caller : UriUser.Of(call.To));
            if (!hours.TryGetValue(key, out var hour))
                hours[key] = hour = new TrafficHour { HourUtc = key.Item1, Outbound = outbound, Number = key.Item3 };
            hour.Calls++;
            if (call.AnsweredAt is { } answered)
            {
                hour.Answered++;
                hour.TalkSeconds += (call.EndedAt - answered).TotalSeconds;
            }
        }
        return hours;
    }
}
