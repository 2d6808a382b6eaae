using CallCenter.Domain.Data;
using CallCenter.Domain.Numbers;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Routing;

/// <summary>
/// Picks the route for a call: among enabled routes of the called number whose caller pattern matches,
/// the most specific pattern wins (exact caller &gt; longer prefix &gt; shorter prefix &gt; any caller),
/// then the higher priority, then the older route. Ordered here rather than in SQL so every provider
/// agrees on the winner.
/// </summary>
public sealed class InboundRouteResolver(IDbContextFactory<CallCenterDbContext> factory, NumberNormalizer numbers)
{
    public async Task<InboundRoute?> ResolveAsync(string calledNumber, string? callerNumber, CancellationToken ct = default)
    {
        var called = numbers.Normalize(calledNumber);
        if (called.Length == 0) return null;
        var caller = numbers.Normalize(callerNumber);
        await using var db = await factory.CreateDbContextAsync(ct);
        var routes = await db.InboundRoutes.AsNoTracking().Where(r => r.CalledNumber == called && r.Enabled).ToListAsync(ct);
        InboundRoute? best = null;
        foreach (var route in routes)
        {
            if (route.CallerPattern is { Length: > 0 } pattern && !NumberPattern.Matches(pattern, caller)) continue;
            if (best is null || Compare(route, best) < 0) best = route;
        }
        return best;
    }

    /// <summary>Negative when <paramref name="a"/> should win over <paramref name="b"/>.</summary>
    private static int Compare(InboundRoute a, InboundRoute b)
    {
        var bySpecificity = NumberPattern.Specificity(b.CallerPattern).CompareTo(NumberPattern.Specificity(a.CallerPattern));
        if (bySpecificity != 0) return bySpecificity;
        var byPriority = b.Priority.CompareTo(a.Priority);
        return byPriority != 0 ? byPriority : a.Id.CompareTo(b.Id);
    }
}
