using CallCenter.Domain.Acd;
using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// Folds <c>call_records</c> into <see cref="HangupHour"/> (who hung up) and <see cref="ExtensionHour"/> (calls placed
/// and received by each extension) rows. A call the server ended counts for the agent when the queue log has the
/// call's COMPLETEAGENT (written before the record, at the end of the conversation).
/// </summary>
internal sealed class CallOutcomeFolder : IRollupFolder
{
    /// <summary>Its mark's name: a third reader of <c>call_records</c>, with its own mark.</summary>
    /// <summary>The name of its mark (<see cref="RollupMark.Source"/>), which reports look up too.</summary>
    public const string Name = "call_records/outcomes";

    public string Source => Name;

    public async Task<long> MaxIdAsync(CallCenterDbContext db, CancellationToken ct) => await db.CallRecords.MaxAsync(c => (long?)c.Id, ct) ?? 0;

    public async Task<long> FoldAsync(CallCenterDbContext db, long afterId, long upToId, int batch, CancellationToken ct)
    {
        var calls = await ReadAsync(db, afterId, upToId, batch, ct);
        if (calls.Count == 0) return upToId;
        var (hangups, extensions) = await AggregateAsync(db, calls, ct);
        await HourlyMerge.IntoAsync(db.HangupHours, hangups.Values, h => (h.HourUtc, h.Side, h.Answered), ct);
        await HourlyMerge.IntoAsync(db.ExtensionHours, extensions.Values, h => (h.HourUtc, h.Extension, h.Placed), ct);
        return calls.Count == batch ? calls[^1].Id : upToId;
    }

    /// <summary>The records with <paramref name="afterId"/> &lt; id ≤ <paramref name="upToId"/>, at most <paramref name="batch"/>, in id order.</summary>
    public static Task<List<CallOutcomeLine>> ReadAsync(CallCenterDbContext db, long afterId, long upToId, int batch, CancellationToken ct) =>
        db.CallRecords.AsNoTracking().Where(c => c.Id > afterId && c.Id <= upToId)
            .OrderBy(c => c.Id).Take(batch)
            .Select(c => new CallOutcomeLine(c.Id, c.CallId, c.From, c.To, c.StartedAt, c.AnsweredAt, c.EndedAt, c.HangupBy)).ToListAsync(ct);

    /// <summary>Adds records up per hour: by hang-up side, and per extension placed/received (new rows, not tracked).</summary>
    public static async Task<(Dictionary<(DateTime, HangupParty, bool), HangupHour> Hangups, Dictionary<(DateTime, string, bool), ExtensionHour> Extensions)> AggregateAsync(
        CallCenterDbContext db, IReadOnlyCollection<CallOutcomeLine> calls, CancellationToken ct)
    {
        var serverEnded = calls.Where(c => c.HangupBy == "Server").Select(c => c.CallId).Distinct().ToList();
        var agentEnded = serverEnded.Count == 0 ? [] : (await db.QueueEvents.AsNoTracking()
            .Where(e => e.Event == QueueEventType.CompleteAgent && e.CallId != null && serverEnded.Contains(e.CallId))
            .Select(e => e.CallId!).Distinct().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var numbers = (await db.Extensions.AsNoTracking().Select(e => e.Number).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var hangups = new Dictionary<(DateTime, HangupParty, bool), HangupHour>();
        var extensions = new Dictionary<(DateTime, string, bool), ExtensionHour>();
        foreach (var call in calls)
        {
            var hour = RollupHours.HourOf(call.StartedAt);
            var answered = call.AnsweredAt is not null;
            var side = HangupSideReport.SideOf(call.HangupBy, agentEnded.Contains(call.CallId));
            if (!hangups.TryGetValue((hour, side, answered), out var h)) hangups[(hour, side, answered)] = h = new HangupHour { HourUtc = hour, Side = side, Answered = answered };
            h.Calls++;
            var talk = call.AnsweredAt is { } at ? (call.EndedAt - at).TotalSeconds : 0;
            foreach (var (number, placed) in new[] { (UriUser.Of(call.From), true), (UriUser.Of(call.To), false) })
            {
                if (!numbers.Contains(number)) continue;
                if (!extensions.TryGetValue((hour, number, placed), out var e)) extensions[(hour, number, placed)] = e = new ExtensionHour { HourUtc = hour, Extension = number, Placed = placed };
                e.Calls++;
                if (answered) e.Answered++;
                e.TalkSeconds += talk;
            }
        }
        return (hangups, extensions);
    }
}
