using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// Keeps the hourly report tables (<see cref="QueueHour"/>, <see cref="TrafficHour"/>, <see cref="AgentCallHour"/>,
/// <see cref="AgentStateHour"/>, <see cref="IvrHour"/>, <see cref="HangupHour"/>, <see cref="ExtensionHour"/>) in step with the append-only sources (<c>queue_events</c>, <c>call_records</c>,
/// <c>agent_status_changes</c>): each pass folds the rows after the source's
/// <see cref="RollupMark.FoldedId"/>, in batches, each batch and its new mark in one transaction. A report reads the
/// hourly rows plus the source's rows after the mark (<see cref="HourlyRows"/>), so it is exact whether or not a pass
/// ran lately (with no pass ever it reads only the sources).
/// <para>
/// Ids are given out in commit order on SQLite (one writer at a time), so a pass folds up to the highest id. On
/// PostgreSQL (and SQL Server) a transaction may commit after one that took a higher id: a pass folds only up to the
/// highest id the <i>previous</i> pass saw (<see cref="RollupMark.SeenId"/>), whose writers have long committed. The
/// mark's <see cref="RollupMark.FoldedId"/> is a concurrency token: two Portals folding at once cannot both add a batch.
/// </para>
/// </summary>
public sealed class HourlyRollup(IDbContextFactory<CallCenterDbContext> factory, TimeProvider time, ILogger<HourlyRollup> log)
{
    /// <summary>Source rows read per batch (one transaction each).</summary>
    public const int BatchSize = 50_000;

    private static readonly IRollupFolder[] Folders = [new QueueEventFolder(), new CallRecordFolder(), new AgentCallFolder(), new AgentStateFolder(), new IvrFolder(), new CallOutcomeFolder()];

    /// <summary>Folds every source as far as it is safe to; returns per source table how far its mark moved (ids).</summary>
    public Task<IReadOnlyDictionary<string, long>> FoldAsync(CancellationToken ct = default) => FoldAsync(BatchSize, int.MaxValue, ct);

    /// <summary>
    /// Folds at most <paramref name="maxBatches"/> batches of <paramref name="batchSize"/> rows per source (a pass that
    /// must not hold the database long; the next pass goes on from the mark).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> FoldAsync(int batchSize, int maxBatches, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var folded = new Dictionary<string, long>();
        foreach (var folder in Folders) folded[folder.Source] = await FoldAsync(folder, batchSize, maxBatches, ct);
        return folded;
    }

    private async Task<long> FoldAsync(IRollupFolder folder, int batchSize, int maxBatches, CancellationToken ct)
    {
        long rows = 0;
        for (var batches = 0; batches < maxBatches; batches++)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var mark = await db.RollupMarks.FindAsync([folder.Source], ct);
            if (mark is null) db.RollupMarks.Add(mark = new RollupMark { Source = folder.Source });
            var max = await folder.MaxIdAsync(db, ct);
            var upTo = db.Database.IsSqlite() ? max : Math.Min(mark.SeenId, max);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var from = mark.FoldedId;
            if (from < upTo) mark.FoldedId = await folder.FoldAsync(db, from, upTo, batchSize, ct);
            var done = mark.FoldedId >= upTo;
            if (done) mark.SeenId = max;
            mark.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            rows += mark.FoldedId - from;
            if (done) break;
        }
        if (rows > 0) log.LogDebug("Folded {Ids} more ids of {Source}", rows, folder.Source);
        return rows;
    }
}
