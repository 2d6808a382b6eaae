using CallCenter.Domain.Data;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>Folds one source table's rows into its hourly table, one batch at a time (see <see cref="HourlyRollup"/>).</summary>
internal interface IRollupFolder
{
    /// <summary>The source table's name (the key of its <see cref="RollupMark"/>).</summary>
    string Source { get; }

    Task<long> MaxIdAsync(CallCenterDbContext db, CancellationToken ct);

    /// <summary>
    /// Adds the rows with <paramref name="afterId"/> &lt; id ≤ <paramref name="upToId"/> (at most <paramref name="batch"/>
    /// of them) to the hourly rows (tracked, not saved); returns the id folded up to.
    /// </summary>
    Task<long> FoldAsync(CallCenterDbContext db, long afterId, long upToId, int batch, CancellationToken ct);
}
