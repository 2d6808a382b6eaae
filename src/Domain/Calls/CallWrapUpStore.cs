using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Calls;

/// <summary>Saves agents' wrap-ups (one per call and agent, saving again updates it) and reads them back per call.</summary>
public sealed class CallWrapUpStore(IDbContextFactory<CallCenterDbContext> factory, TimeProvider time)
{
    /// <summary>Longest disposition code.</summary>
    public const int MaxDispositionLength = 64;

    /// <summary>Longest notes text.</summary>
    public const int MaxNotesLength = 4000;

    /// <summary>Creates or replaces the wrap-up of <paramref name="agentId"/> on the call.</summary>
    public async Task<CallWrapUp> SaveAsync(string callId, string agentId, string disposition, string? notes, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        var wrapUp = await db.CallWrapUps.FirstOrDefaultAsync(w => w.CallId == callId && w.AgentId == agentId, ct);
        if (wrapUp is null)
        {
            wrapUp = new CallWrapUp { CallId = callId, AgentId = agentId, CreatedAt = now };
            db.CallWrapUps.Add(wrapUp);
        }
        wrapUp.Disposition = disposition;
        wrapUp.Notes = string.IsNullOrWhiteSpace(notes) ? null : notes;
        wrapUp.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (wrapUp.Id == 0)
        {
            // Two saves of the same agent raced to create it: the unique index kept one; update that one.
            return await SaveAsync(callId, agentId, disposition, notes, ct);
        }
        return wrapUp;
    }

    /// <summary>The wrap-ups of the given calls (by SIP Call-ID), oldest first.</summary>
    public async Task<IReadOnlyList<CallWrapUp>> ListAsync(IReadOnlyCollection<string> callIds, CancellationToken ct = default)
    {
        if (callIds.Count == 0) return [];
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.CallWrapUps.AsNoTracking().Where(w => callIds.Contains(w.CallId)).OrderBy(w => w.CreatedAt).ThenBy(w => w.Id).ToListAsync(ct);
    }

    /// <summary>The wrap-ups of one call, oldest first.</summary>
    public Task<IReadOnlyList<CallWrapUp>> ListAsync(string callId, CancellationToken ct = default) => ListAsync([callId], ct);
}
