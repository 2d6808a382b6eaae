using CallCenter.Domain.Data;
using CallCenter.Domain.Numbers;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Lists;

/// <summary>
/// Checks a caller number against the blacklist and whitelist (entries not yet expired) and the
/// customer VIP flag. The blacklist wins over everything: a blocked number stays blocked even when a
/// whitelist prefix or a VIP record also covers it.
/// </summary>
public sealed class CallerScreening(IDbContextFactory<CallCenterDbContext> factory, NumberNormalizer numbers, TimeProvider time)
{
    public async Task<ScreeningResult> CheckAsync(string callerNumber, CancellationToken ct = default)
    {
        var number = numbers.Normalize(callerNumber);
        if (number.Length == 0) return new(ScreeningVerdict.Normal, null, null);
        var candidates = NumberPattern.Candidates(number);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        var entries = await db.ListEntries.AsNoTracking()
            .Where(e => candidates.Contains(e.Pattern) && (e.ExpiresAt == null || e.ExpiresAt > now))
            .ToListAsync(ct);
        var blocked = MostSpecific(entries, ListKind.Blacklist);
        if (blocked is not null) return new(ScreeningVerdict.Blocked, blocked, blocked.Reason);
        var white = MostSpecific(entries, ListKind.Whitelist);
        if (white is not null) return new(ScreeningVerdict.Vip, white, white.Reason);
        var vip = await db.Customers.AsNoTracking().AnyAsync(c => c.IsVip && c.Phones.Any(p => p.Number == number), ct);
        return vip ? new(ScreeningVerdict.Vip, null, "VIP customer") : new(ScreeningVerdict.Normal, null, null);
    }

    private static ListEntry? MostSpecific(List<ListEntry> entries, ListKind kind)
    {
        ListEntry? best = null;
        foreach (var e in entries)
        {
            if (e.Kind == kind && (best is null || NumberPattern.Specificity(e.Pattern) > NumberPattern.Specificity(best.Pattern))) best = e;
        }
        return best;
    }
}
