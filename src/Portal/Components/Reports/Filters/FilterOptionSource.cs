using CallCenter.Domain.Data;
using CallCenter.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Portal.Components.Reports.Filters;

/// <summary>
/// Reads the configured values a report filter can be narrowed to: agents, groups, queues and called numbers from the
/// database, flows from the Engine's definition store (the latest version's name of each flow).
/// </summary>
public sealed class FilterOptionSource(IDbContextFactory<CallCenterDbContext> database, IDefinitionStore definitions)
{
    /// <summary>The options of one kind, sorted by value.</summary>
    public async Task<FilterOptions> LoadAsync(FilterPickerKind kind, CancellationToken ct = default)
    {
        if (kind == FilterPickerKind.Flow) return new FilterOptions(await FlowsAsync(ct));
        await using var db = await database.CreateDbContextAsync(ct);
        IEnumerable<FilterOption> options = kind switch
        {
            FilterPickerKind.Agent => (await db.Agents.AsNoTracking().Select(a => new { a.Number, a.Name }).ToListAsync(ct))
                .Select(a => new FilterOption(a.Number, a.Name)),
            FilterPickerKind.Group => (await db.AgentGroups.AsNoTracking().Select(g => new { g.Name, g.Description }).ToListAsync(ct))
                .Select(g => new FilterOption(g.Name, g.Description)),
            FilterPickerKind.Queue => (await db.Queues.AsNoTracking().Select(q => new { q.Name, q.DisplayName }).ToListAsync(ct))
                .Select(q => new FilterOption(q.Name, q.DisplayName)),
            FilterPickerKind.Number => await NumbersAsync(db, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return new FilterOptions(options.OrderBy(o => o.Value, StringComparer.Ordinal));
    }

    // The numbers a caller dials (inbound routes, several routes may share one) and the extensions' own numbers.
    private static async Task<IEnumerable<FilterOption>> NumbersAsync(CallCenterDbContext db, CancellationToken ct)
    {
        var routes = await db.InboundRoutes.AsNoTracking().OrderByDescending(r => r.Priority).Select(r => new { r.CalledNumber, r.Description }).ToListAsync(ct);
        var extensions = await db.Extensions.AsNoTracking().Select(e => new { e.Number, e.DisplayName }).ToListAsync(ct);
        return routes.Select(r => new FilterOption(r.CalledNumber, r.Description))
            .Concat(extensions.Select(e => new FilterOption(e.Number, e.DisplayName)));
    }

    private async Task<IEnumerable<FilterOption>> FlowsAsync(CancellationToken ct) =>
        (await definitions.ListAsync(ct)).GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => new FilterOption(g.Key, g.MaxBy(d => d.Version)!.Name))
            .OrderBy(o => o.Value, StringComparer.Ordinal);
}
