using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// Folds the traces of new <c>call_records</c> (a trace is stored with its record, in one save) into
/// <see cref="IvrHour"/> (steps) and <see cref="SurveyHour"/> (survey answers) rows, reading each trace's JSON once.
/// Batches are ranges of record ids, so that a call with several traces is never split.
/// </summary>
internal sealed class TraceFolder : IRollupFolder
{
    /// <summary>Its mark's name: a reader of <c>call_records</c> (and their traces), with its own mark.</summary>
    /// <summary>The name of its mark (<see cref="RollupMark.Source"/>), which reports look up too.</summary>
    public const string Name = "call_records/traces";

    public string Source => Name;

    public async Task<long> MaxIdAsync(CallCenterDbContext db, CancellationToken ct) => await db.CallRecords.MaxAsync(c => (long?)c.Id, ct) ?? 0;

    public async Task<long> FoldAsync(CallCenterDbContext db, long afterId, long upToId, int batch, CancellationToken ct)
    {
        var to = Math.Min(upToId, afterId + batch);
        var counts = await CountAsync(db, afterId, to, ct);
        await HourlyMerge.IntoAsync(db.IvrHours, counts.Ivr.Hours.Values, h => (h.HourUtc, h.CallFlow, h.Flow, h.Node, h.Type, h.Outcome), ct);
        await HourlyMerge.IntoAsync(db.SurveyHours, counts.Survey.Hours.Values, h => (h.HourUtc, h.CallFlow, h.Question, h.Queue, h.Agent, h.Answer), ct);
        return to;
    }

    /// <summary>The steps and survey answers of the traces of records (<paramref name="afterId"/>, <paramref name="upToId"/>], counted.</summary>
    public static async Task<TraceCounts> CountAsync(CallCenterDbContext db, long afterId, long upToId, CancellationToken ct)
    {
        var counts = new TraceCounts();
        await foreach (var trace in TraceTexts.OfRecords(db, afterId, upToId).AsAsyncEnumerable().WithCancellation(ct))
            counts.Add(trace.StartedAt, trace.FlowName, trace.Details);
        return counts;
    }
}
