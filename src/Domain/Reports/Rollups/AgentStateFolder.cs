using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// Folds <c>agent_status_changes</c> into <see cref="AgentStateHour"/> rows: each change closes the interval the agent's
/// <see cref="AgentStateCursor"/> opened (cut at hour boundaries) and opens the next. Changes are taken in id order,
/// which is each agent's time order (the ACD writes them as they happen); one dated before its agent's cursor is passed over.
/// </summary>
internal sealed class AgentStateFolder : IRollupFolder
{
    /// <summary>The name of its mark (<see cref="RollupMark.Source"/>), which reports look up too.</summary>
    public const string Name = "agent_status_changes";

    public string Source => Name;

    public async Task<long> MaxIdAsync(CallCenterDbContext db, CancellationToken ct) => await db.AgentStatusChanges.MaxAsync(c => (long?)c.Id, ct) ?? 0;

    public async Task<long> FoldAsync(CallCenterDbContext db, long afterId, long upToId, int batch, CancellationToken ct)
    {
        var changes = await ReadAsync(db, afterId, upToId, batch, ct);
        if (changes.Count == 0) return upToId;
        var cursors = await db.AgentStateCursors.ToDictionaryAsync(c => c.Agent, StringComparer.Ordinal, ct);
        var spread = AgentStateSpread.Unbounded();
        foreach (var change in changes)
        {
            if (!cursors.TryGetValue(change.Agent, out var cursor))
            {
                db.AgentStateCursors.Add(cursors[change.Agent] = new AgentStateCursor { Agent = change.Agent, Since = change.At, State = change.To });
                continue;
            }
            Advance(spread, cursor, change);
        }
        await HourlyMerge.IntoAsync(db.AgentStateHours, spread.Hours.Values, h => (h.HourUtc, h.Agent), ct);
        return changes.Count == batch ? changes[^1].Id : upToId;
    }

    /// <summary>
    /// Closes the cursor's interval at the change (into <paramref name="spread"/>) and moves the cursor to it. A change
    /// written late, dated before the cursor, is passed over: the agent's later changes already say where it is.
    /// </summary>
    public static void Advance(AgentStateSpread spread, AgentStateCursor cursor, StateChange change)
    {
        if (change.At < cursor.Since) return;
        spread.Add(cursor.Agent, cursor.State, cursor.Since, change.At);
        cursor.Since = change.At;
        cursor.State = change.To;
    }

    /// <summary>The changes with <paramref name="afterId"/> &lt; id ≤ <paramref name="upToId"/>, at most <paramref name="batch"/>, in id order.</summary>
    public static Task<List<StateChange>> ReadAsync(CallCenterDbContext db, long afterId, long upToId, int batch, CancellationToken ct) =>
        db.AgentStatusChanges.AsNoTracking().Where(c => c.Id > afterId && c.Id <= upToId)
            .OrderBy(c => c.Id).Take(batch)
            .Select(c => new StateChange(c.Id, c.AgentNumber, c.At, c.To)).ToListAsync(ct);
}
