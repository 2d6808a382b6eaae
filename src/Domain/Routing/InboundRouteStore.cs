using CallCenter.Engine.Persistence.EntityFramework;
using CallCenter.Domain.Data;
using CallCenter.Domain.Numbers;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Routing;

/// <summary>Lists and saves inbound routes (service number [+ caller pattern] → flow) for the routes page; numbers are stored normalised.</summary>
public sealed class InboundRouteStore(IDbContextFactory<CallCenterDbContext> factory, NumberNormalizer numbers, WriteGate? gate = null)
{
    /// <summary>Every route, by number, then priority (highest first).</summary>
    public async Task<List<InboundRoute>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var routes = await db.InboundRoutes.AsNoTracking().ToListAsync(ct);
        return routes.OrderBy(r => r.CalledNumber, StringComparer.Ordinal).ThenByDescending(r => r.Priority).ThenBy(r => r.Id).ToList();
    }

    /// <summary>Inserts (<see cref="InboundRoute.Id"/> 0) or updates a route; returns an error a user can act on, or null when saved.</summary>
    public async Task<string?> SaveAsync(InboundRoute route, CancellationToken ct = default)
    {
        var called = numbers.Normalize(route.CalledNumber);
        if (called.Length == 0) return "The service number needs digits.";
        if (string.IsNullOrWhiteSpace(route.WorkflowDefinitionId)) return "Pick the flow that answers the number.";
        var pattern = NumberPattern.Normalize(route.CallerPattern);
        if (pattern.Contains('*') && !pattern.EndsWith('*') || pattern.Count(c => c == '*') > 1)
            return "A caller pattern is a number, or a prefix ending in a single * (0755*).";
        using var _ = await (gate ?? WriteGate.Open).EnterAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var stored = route.Id == 0 ? new InboundRoute() : await db.InboundRoutes.FirstOrDefaultAsync(r => r.Id == route.Id, ct);
        if (stored is null) return $"Route {route.Id} no longer exists.";
        if (route.Id == 0) db.InboundRoutes.Add(stored);
        stored.CalledNumber = called;
        stored.CallerPattern = pattern.Length == 0 ? null : pattern;
        stored.WorkflowDefinitionId = route.WorkflowDefinitionId.Trim();
        stored.Priority = route.Priority;
        stored.Enabled = route.Enabled;
        stored.Description = string.IsNullOrWhiteSpace(route.Description) ? null : route.Description.Trim();
        await db.SaveChangesAsync(ct);
        route.Id = stored.Id;
        return null;
    }

    /// <summary>Removes a route; false when there was none.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken ct = default)
    {
        using var _ = await (gate ?? WriteGate.Open).EnterAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.InboundRoutes.Where(r => r.Id == id).ExecuteDeleteAsync(ct) > 0;
    }
}
