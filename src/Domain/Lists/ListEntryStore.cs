using CallCenter.Engine.Persistence.EntityFramework;
using CallCenter.Domain.Data;
using CallCenter.Domain.Numbers;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Lists;

/// <summary>Lists, adds and removes blacklist/whitelist entries for the lists page; patterns are stored normalised.</summary>
public sealed class ListEntryStore(IDbContextFactory<CallCenterDbContext> factory, NumberNormalizer numbers, TimeProvider time, WriteGate? gate = null)
{
    /// <summary>Every entry (expired ones too, so they can be seen and removed), newest first.</summary>
    public async Task<List<ListEntry>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.ListEntries.AsNoTracking().OrderByDescending(e => e.Id).ToListAsync(ct);
    }

    /// <summary>Adds an entry; returns an error a user can act on, or null when stored.</summary>
    /// <param name="pattern">A number or a prefix ending in '*' ("0755*").</param>
    /// <param name="expiresAt">UTC moment the entry stops applying; null for never.</param>
    public async Task<string?> AddAsync(ListKind kind, string pattern, string? reason, DateTime? expiresAt, CancellationToken ct = default)
    {
        var text = pattern?.Trim() ?? "";
        var prefix = text.EndsWith('*');
        var digits = numbers.Normalize(prefix ? text[..^1] : text).Replace("*", "", StringComparison.Ordinal);
        if (digits.Length == 0 || text[..^(prefix ? 1 : 0)].Contains('*')) return "Give a number, or the start of numbers followed by * (0755*).";
        var normalised = prefix ? digits + "*" : digits;
        using var _ = await (gate ?? WriteGate.Open).EnterAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.ListEntries.AnyAsync(e => e.Kind == kind && e.Pattern == normalised, ct)) return $"{normalised} is on this list already.";
        db.ListEntries.Add(new ListEntry
        {
            Kind = kind, Pattern = normalised, Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            ExpiresAt = expiresAt, CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Removes an entry; false when there was none.</summary>
    public async Task<bool> RemoveAsync(int id, CancellationToken ct = default)
    {
        using var _ = await (gate ?? WriteGate.Open).EnterAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.ListEntries.Where(e => e.Id == id).ExecuteDeleteAsync(ct) > 0;
    }
}
