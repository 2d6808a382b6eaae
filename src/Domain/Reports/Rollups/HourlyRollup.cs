using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// Keeps the hourly report tables (<see cref="QueueHour"/>, <see cref="TrafficHour"/>, <see cref="AgentCallHour"/>,
/// <see cref="AgentStateHour"/>, <see cref="IvrHour"/>, <see cref="HangupHour"/>, <see cref="ExtensionHour"/>, <see cref="SurveyHour"/>) in step with the append-only sources (<c>queue_events</c>, <c>call_records</c>,
/// <c>agent_status_changes</c>): each pass folds the rows after the source's
/// <see cref="RollupMark.FoldedId"/>, in batches, each batch and its new mark in one transaction. A report reads the
/// hourly rows plus the source's rows after the mark (<see cref="HourlyRows"/>), so it is exact whether or not a pass
/// ran lately (with no pass ever it reads only the sources).
/// <para>
/// Ids are given out in commit order on SQLite (one writer at a time), so a pass folds up to the highest id. On
/// PostgreSQL (and SQL Server) a transaction may commit after one that took a higher id: a pass notes the highest id it
/// sees (<see cref="RollupMark.SeenId"/>, <see cref="RollupMark.SeenAt"/>) and folds up to a noted id only once it is
/// <see cref="HourlyRollupOptions.CommitLag"/> old — by then every writer that took an id below it has committed (the
/// log writers' transactions last milliseconds). The mark's <see cref="RollupMark.FoldedId"/> is a concurrency token:
/// two Portals folding at once cannot both add a batch. A source that fails (a bad row, a lost connection) does not
/// stop the others; the pass throws at the end with every failure.
/// </para>
/// </summary>
public sealed class HourlyRollup(IDbContextFactory<CallCenterDbContext> factory, TimeProvider time, IOptions<HourlyRollupOptions> options, ILogger<HourlyRollup> log)
{
    /// <summary>Source rows read per batch (one transaction each).</summary>
    public const int BatchSize = 50_000;

    private static readonly IRollupFolder[] Folders = [new QueueEventFolder(), new CallRecordFolder(), new AgentCallFolder(), new AgentStateFolder(), new TraceFolder(), new CallOutcomeFolder()];

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
        var failures = new List<Exception>();
        foreach (var folder in Folders)
        {
            try
            {
                folded[folder.Source] = await FoldAsync(folder, batchSize, maxBatches, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures.Add(new InvalidOperationException($"Folding {folder.Source} failed: {ex.Message}", ex));
            }
        }
        if (failures.Count > 0) throw new AggregateException("Some report sources could not be folded into the hourly tables.", failures);
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
            var now = time.GetUtcNow().UtcDateTime;
            var sqlite = db.Database.IsSqlite();
            var upTo = sqlite ? max
                : mark.SeenAt is { } seenAt && now - seenAt >= options.Value.CommitLag ? Math.Min(mark.SeenId, max)
                : mark.FoldedId;
            var from = mark.FoldedId;
            if (from >= upTo)
            {
                // Nothing to fold: no write transaction (on SQLite it would keep the log writers waiting for nothing).
                NoteSeen(mark, sqlite, max, now);
                if (!db.ChangeTracker.HasChanges()) break;
                mark.UpdatedAt = now;
                await db.SaveChangesAsync(ct);
                break;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            mark.FoldedId = await folder.FoldAsync(db, from, upTo, batchSize, ct);
            var done = mark.FoldedId >= upTo;
            if (done) NoteSeen(mark, sqlite, max, now);
            mark.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            rows += mark.FoldedId - from;
            if (done) break;
        }
        if (rows > 0) log.LogDebug("Folded {Ids} more ids of {Source}", rows, folder.Source);
        return rows;
    }

    // A new id to wait for, once the one noted is folded (noting it at every pass would never let it age).
    private static void NoteSeen(RollupMark mark, bool sqlite, long max, DateTime now)
    {
        if ((sqlite || mark.SeenAt is null || mark.FoldedId >= mark.SeenId) && max > mark.FoldedId) (mark.SeenId, mark.SeenAt) = (max, now);
    }
}
