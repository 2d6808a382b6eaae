using System.Text.Json;
using CallCenter.Engine.Models;
using CallCenter.Engine.Persistence.EntityFramework.Records;
using CallCenter.Engine.Serialization;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Engine.Persistence.EntityFramework;

/// <summary>
/// Instances, bookmarks, journal and incidents in any EF Core DbContext that applied the engine model.
/// A save is one transaction guarded by the instance's revision, so two nodes cannot both resume it.
/// </summary>
public sealed class EfInstanceStore<TContext>(IDbContextFactory<TContext> factory) : IInstanceStore
    where TContext : DbContext
{
    public async Task<WorkflowInstance?> LoadAsync(string instanceId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var record = await db.Set<InstanceRecord>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, ct).ConfigureAwait(false);
        if (record is null) return null;
        var bookmarks = await db.Set<BookmarkRecord>().AsNoTracking().Where(b => b.InstanceId == instanceId)
            .OrderBy(b => b.CreatedAt).ToListAsync(ct).ConfigureAwait(false);
        var instance = ToModel(record);
        foreach (var b in bookmarks) instance.Bookmarks.Add(ToModel(b));
        return instance;
    }

    public async Task SaveAsync(WorkflowInstance instance, IReadOnlyList<JournalEntry> journal, IReadOnlyList<Incident> incidents, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var variables = JsonValues.SerializeVariables(instance.Variables);
        var joins = instance.JoinArrivals.Count == 0 ? null : JsonSerializer.Serialize(instance.JoinArrivals, WorkflowJsonOptions.Default);
        var next = instance.Revision + 1;
        if (instance.Revision == 0)
        {
            db.Add(new InstanceRecord
            {
                Id = instance.Id,
                DefinitionId = instance.DefinitionId,
                Version = instance.Version,
                Status = instance.Status,
                CorrelationId = instance.CorrelationId,
                VariablesJson = variables,
                JoinsJson = joins,
                CreatedAt = UtcTime.ToStored(instance.CreatedAt),
                UpdatedAt = UtcTime.ToStored(instance.UpdatedAt),
                FinishedAt = UtcTime.ToStored(instance.FinishedAt),
                FaultMessage = instance.FaultMessage,
                Revision = next,
            });
        }
        else
        {
            var status = instance.Status;
            var updatedAt = UtcTime.ToStored(instance.UpdatedAt);
            var finishedAt = UtcTime.ToStored(instance.FinishedAt);
            var fault = instance.FaultMessage;
            var rows = await db.Set<InstanceRecord>().Where(i => i.Id == instance.Id && i.Revision == instance.Revision)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.Status, status)
                    .SetProperty(i => i.VariablesJson, variables)
                    .SetProperty(i => i.JoinsJson, joins)
                    .SetProperty(i => i.UpdatedAt, updatedAt)
                    .SetProperty(i => i.FinishedAt, finishedAt)
                    .SetProperty(i => i.FaultMessage, fault)
                    .SetProperty(i => i.Revision, next), ct).ConfigureAwait(false);
            if (rows == 0) throw new WorkflowConcurrencyException(instance.Id);
            await db.Set<BookmarkRecord>().Where(b => b.InstanceId == instance.Id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        }
        foreach (var b in instance.Bookmarks) db.Add(ToRecord(b));
        foreach (var j in journal)
            db.Add(new JournalRecord
            {
                InstanceId = j.InstanceId,
                ActivityId = j.ActivityId,
                ActivityType = j.ActivityType,
                StartedAt = UtcTime.ToStored(j.StartedAt),
                CompletedAt = UtcTime.ToStored(j.CompletedAt),
                Outcome = j.Outcome,
                Error = j.Error,
            });
        foreach (var i in incidents)
            db.Add(new IncidentRecord
            {
                InstanceId = i.InstanceId,
                ActivityId = i.ActivityId,
                ActivityType = i.ActivityType,
                Message = i.Message,
                ExceptionType = i.ExceptionType,
                At = UtcTime.ToStored(i.At),
            });
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException) when (instance.Revision == 0)
        {
            // The same new id was inserted by someone else first.
            throw new WorkflowConcurrencyException(instance.Id);
        }
        await tx.CommitAsync(ct).ConfigureAwait(false);
        instance.Revision = next;
    }

    public async Task<Bookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var record = await db.Set<BookmarkRecord>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookmarkId, ct).ConfigureAwait(false);
        return record is null ? null : ToModel(record);
    }

    public async Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string type, string? correlationKey, CancellationToken ct = default)
    {
        var key = correlationKey ?? "";
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.Set<BookmarkRecord>().AsNoTracking().Where(b => b.Type == type && b.CorrelationKey == key).ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(ToModel).ToList();
    }

    public async Task<IReadOnlyList<Bookmark>> ListTimerBookmarksAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.Set<BookmarkRecord>().AsNoTracking().Where(b => b.ResumeAt != null).ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(ToModel).ToList();
    }

    public async Task<IReadOnlyList<WorkflowInstance>> QueryAsync(InstanceQuery query, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var q = db.Set<InstanceRecord>().AsNoTracking();
        if (query.DefinitionId is not null) q = q.Where(i => i.DefinitionId == query.DefinitionId);
        if (query.Status is not null) q = q.Where(i => i.Status == query.Status);
        if (query.CorrelationId is not null) q = q.Where(i => i.CorrelationId == query.CorrelationId);
        var rows = await q.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Skip(query.Skip).Take(query.Take).ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(ToModel).ToList();
    }

    public async Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string instanceId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.Set<JournalRecord>().AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Id).ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(j => new JournalEntry(j.InstanceId, j.ActivityId, j.ActivityType, UtcTime.FromStored(j.StartedAt), UtcTime.FromStored(j.CompletedAt), j.Outcome, j.Error)).ToList();
    }

    public async Task<IReadOnlyList<Incident>> GetIncidentsAsync(string instanceId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.Set<IncidentRecord>().AsNoTracking().Where(i => i.InstanceId == instanceId).OrderBy(i => i.Id).ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(i => new Incident(i.InstanceId, i.ActivityId, i.ActivityType, i.Message, i.ExceptionType, UtcTime.FromStored(i.At))).ToList();
    }

    private static WorkflowInstance ToModel(InstanceRecord r) => new()
    {
        Id = r.Id,
        DefinitionId = r.DefinitionId,
        Version = r.Version,
        Status = r.Status,
        CorrelationId = r.CorrelationId,
        Variables = JsonValues.ParseVariables(r.VariablesJson),
        JoinArrivals = r.JoinsJson is null
            ? new(StringComparer.Ordinal)
            : JsonSerializer.Deserialize<Dictionary<string, List<string>>>(r.JoinsJson, WorkflowJsonOptions.Default) ?? new(StringComparer.Ordinal),
        CreatedAt = UtcTime.FromStored(r.CreatedAt),
        UpdatedAt = UtcTime.FromStored(r.UpdatedAt),
        FinishedAt = UtcTime.FromStored(r.FinishedAt),
        FaultMessage = r.FaultMessage,
        Revision = r.Revision,
    };

    private static Bookmark ToModel(BookmarkRecord b) => new()
    {
        Id = b.Id,
        InstanceId = b.InstanceId,
        ActivityId = b.ActivityId,
        Type = b.Type,
        CorrelationKey = b.CorrelationKey.Length == 0 ? null : b.CorrelationKey,
        ResumeAt = UtcTime.FromStored(b.ResumeAt),
        Payload = b.Payload,
        CreatedAt = UtcTime.FromStored(b.CreatedAt),
    };

    private static BookmarkRecord ToRecord(Bookmark b) => new()
    {
        Id = b.Id,
        InstanceId = b.InstanceId,
        ActivityId = b.ActivityId,
        Type = b.Type,
        CorrelationKey = b.CorrelationKey ?? "",
        ResumeAt = UtcTime.ToStored(b.ResumeAt),
        Payload = b.Payload,
        CreatedAt = UtcTime.ToStored(b.CreatedAt),
    };
}
