using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// Folds the traces of new <c>call_records</c> (the trace is stored with its record, in one save) into
/// <see cref="IvrHour"/> rows. Batches are ranges of record ids, so that a call with several traces is never split.
/// </summary>
internal sealed class IvrFolder : IRollupFolder
{
    /// <summary>Its mark's name: a second reader of <c>call_records</c>, with its own mark.</summary>
    public string Source => "call_records/ivr";

    public async Task<long> MaxIdAsync(CallCenterDbContext db, CancellationToken ct) => await db.CallRecords.MaxAsync(c => (long?)c.Id, ct) ?? 0;

    public async Task<long> FoldAsync(CallCenterDbContext db, long afterId, long upToId, int batch, CancellationToken ct)
    {
        var to = Math.Min(upToId, afterId + batch);
        var steps = await CountAsync(db, afterId, to, ct);
        if (steps.Hours.Count == 0) return to;
        var hoursTouched = steps.Hours.Keys.Select(k => k.Item1).Distinct().ToList();
        var stored = await db.IvrHours.Where(h => hoursTouched.Contains(h.HourUtc))
            .ToDictionaryAsync(h => (RollupHours.HourOf(h.HourUtc), h.CallFlow, h.Flow, h.Node, h.Type, h.Outcome), ct);
        foreach (var (key, hour) in steps.Hours)
        {
            if (stored.TryGetValue(key, out var row)) row.Count += hour.Count;
            else db.IvrHours.Add(hour);
        }
        return to;
    }

    /// <summary>The steps of the traces of records (<paramref name="afterId"/>, <paramref name="upToId"/>], counted.</summary>
    public static async Task<IvrSteps> CountAsync(CallCenterDbContext db, long afterId, long upToId, CancellationToken ct)
    {
        var steps = new IvrSteps();
        await foreach (var trace in TraceTexts.OfRecords(db, afterId, upToId).AsAsyncEnumerable().WithCancellation(ct))
            steps.Add(trace.StartedAt, trace.FlowName, trace.Details);
        return steps;
    }
}
