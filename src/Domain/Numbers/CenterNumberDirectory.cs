using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Numbers;

/// <summary>Reads the center's extensions and the called numbers of its enabled inbound routes (<see cref="CenterNumbers"/>) for dial checks.</summary>
public sealed class CenterNumberDirectory(IDbContextFactory<CallCenterDbContext> factory)
{
    /// <summary>The numbers as stored now (two small queries; called once per dial, not per packet).</summary>
    public async Task<CenterNumbers> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var extensions = await db.Extensions.AsNoTracking().Select(e => e.Number).ToListAsync(ct).ConfigureAwait(false);
        var routes = await db.InboundRoutes.AsNoTracking().Where(r => r.Enabled).Select(r => r.CalledNumber).ToListAsync(ct).ConfigureAwait(false);
        return new CenterNumbers(
            extensions.Select(NumberPattern.Normalize).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal),
            routes.Select(NumberPattern.Normalize).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal));
    }
}
