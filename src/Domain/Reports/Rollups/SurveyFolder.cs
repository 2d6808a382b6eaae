using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// Folds the survey answers in the traces of new <c>call_records</c> into <see cref="SurveyHour"/> rows. Batches are
/// ranges of record ids, so that a call with several traces is never split.
/// </summary>
internal sealed class SurveyFolder : IRollupFolder
{
    /// <summary>Its mark's name: a fourth reader of <c>call_records</c>, with its own mark.</summary>
    public string Source => "call_records/survey";

    public async Task<long> MaxIdAsync(CallCenterDbContext db, CancellationToken ct) => await db.CallRecords.MaxAsync(c => (long?)c.Id, ct) ?? 0;

    public async Task<long> FoldAsync(CallCenterDbContext db, long afterId, long upToId, int batch, CancellationToken ct)
    {
        var to = Math.Min(upToId, afterId + batch);
        var answers = await CountAsync(db, afterId, to, ct);
        if (answers.Hours.Count == 0) return to;
        var hoursTouched = answers.Hours.Keys.Select(k => k.Item1).Distinct().ToList();
        var stored = await db.SurveyHours.Where(h => hoursTouched.Contains(h.HourUtc))
            .ToDictionaryAsync(h => (RollupHours.HourOf(h.HourUtc), h.CallFlow, h.Question, h.Queue, h.Agent, h.Answer), ct);
        foreach (var (key, hour) in answers.Hours)
        {
            if (stored.TryGetValue(key, out var row)) row.Count += hour.Count;
            else db.SurveyHours.Add(hour);
        }
        return to;
    }

    /// <summary>The survey answers of the traces of records (<paramref name="afterId"/>, <paramref name="upToId"/>], counted.</summary>
    public static async Task<SurveyAnswers> CountAsync(CallCenterDbContext db, long afterId, long upToId, CancellationToken ct)
    {
        var answers = new SurveyAnswers();
        await foreach (var trace in TraceTexts.OfRecords(db, afterId, upToId).AsAsyncEnumerable().WithCancellation(ct))
            answers.Add(trace.StartedAt, trace.FlowName, trace.Details);
        return answers;
    }
}
