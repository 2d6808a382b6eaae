using System.Data.Common;
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
public sealed class EfInstanceStore<TContext>(IDbContextFactory<TContext> factory, WriteGate? writeGate = null) : IInstanceStore
    where TContext : DbContext
{
    public async Task<WorkflowInstance?> LoadAsync(string instanceId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var connection = await OpenAsync(db, ct).ConfigureAwait(false);
        await using var command = AdoCommands.Create(connection, null, Sql(db).SelectInstanceWithBookmarks);
        command.Add("id", instanceId);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await reader.ReadAsync(ct).ConfigureAwait(false)) return null;
        var instance = ReadInstance(reader);
        await reader.NextResultAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false)) instance.Bookmarks.Add(ReadBookmark(reader));
        return instance;
    }

    public async Task SaveAsync(WorkflowInstance instance, IReadOnlyList<JournalEntry> journal, IReadOnlyList<Incident> incidents, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var sql = Sql(db);
        var connection = await OpenAsync(db, ct).ConfigureAwait(false);
        using var gate = await (writeGate ?? WriteGate.Open).EnterAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        var next = instance.Revision + 1;
        try
        {
            await using (var command = AdoCommands.Create(connection, tx, instance.Revision == 0 ? sql.InsertInstance : sql.UpdateInstance))
            {
                AddInstance(command, instance, next);
                var rows = await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                if (rows == 0) throw new WorkflowConcurrencyException(instance.Id);
            }
            if (instance.Revision > 0)
            {
                await using var delete = AdoCommands.Create(connection, tx, sql.DeleteBookmarksOfInstance);
                delete.Add("id", instance.Id);
                await delete.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            foreach (var bookmark in instance.Bookmarks)
            {
                await using var insert = AdoCommands.Create(connection, tx, sql.InsertBookmark);
                AddBookmark(insert, bookmark);
                await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            if (journal.Count > 0)
            {
                await using var insert = AdoCommands.Create(connection, tx, sql.InsertJournalRows(journal.Count));
                for (var i = 0; i < journal.Count; i++) AddJournal(insert, journal[i], i);
                await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            foreach (var incident in incidents)
            {
                await using var insert = AdoCommands.Create(connection, tx, sql.InsertIncident);
                AddIncident(insert, incident);
                await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            await tx.CommitAsync(ct).ConfigureAwait(false);
        }
        catch (DbException) when (instance.Revision == 0)
        {
            // The same new id was inserted by someone else first.
            throw new WorkflowConcurrencyException(instance.Id);
        }
        instance.Revision = next;
    }

    public async Task<Bookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var connection = await OpenAsync(db, ct).ConfigureAwait(false);
        await using var command = AdoCommands.Create(connection, null, Sql(db).SelectBookmark);
        command.Add("id", bookmarkId);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return await reader.ReadAsync(ct).ConfigureAwait(false) ? ReadBookmark(reader) : null;
    }

    public async Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string type, string? correlationKey, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var connection = await OpenAsync(db, ct).ConfigureAwait(false);
        await using var command = AdoCommands.Create(connection, null, Sql(db).SelectBookmarksByKey);
        command.Add("type", type);
        command.Add("key", correlationKey ?? "");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<Bookmark>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false)) list.Add(ReadBookmark(reader));
        return list;
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

    private InstanceSql? _sql;

    // Generated once from the model; the store is a singleton per database.
    private InstanceSql Sql(TContext db) => _sql ??= new InstanceSql(db);

    // Opened through EF so that connection interceptors (e.g. SQLite pragmas) run.
    private static async Task<DbConnection> OpenAsync(TContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        return db.Database.GetDbConnection();
    }

    private static void AddInstance(DbCommand command, WorkflowInstance instance, long next)
    {
        command.Add(nameof(InstanceRecord.Id), instance.Id);
        command.Add(nameof(InstanceRecord.Status), instance.Status.ToString());
        command.Add(nameof(InstanceRecord.VariablesJson), JsonValues.SerializeVariables(instance.Variables));
        command.Add(nameof(InstanceRecord.JoinsJson), instance.JoinArrivals.Count == 0 ? null : JsonSerializer.Serialize(instance.JoinArrivals, WorkflowJsonOptions.Default));
        command.Add(nameof(InstanceRecord.UpdatedAt), UtcTime.ToStored(instance.UpdatedAt));
        command.Add(nameof(InstanceRecord.FinishedAt), UtcTime.ToStored(instance.FinishedAt));
        command.Add(nameof(InstanceRecord.FaultMessage), instance.FaultMessage);
        if (instance.Revision == 0)
        {
            command.Add(nameof(InstanceRecord.DefinitionId), instance.DefinitionId);
            command.Add(nameof(InstanceRecord.Version), instance.Version);
            command.Add(nameof(InstanceRecord.CorrelationId), instance.CorrelationId);
            command.Add(nameof(InstanceRecord.CreatedAt), UtcTime.ToStored(instance.CreatedAt));
            command.Add(nameof(InstanceRecord.Revision), next);
        }
        else
        {
            command.Add(nameof(InstanceRecord.Revision), instance.Revision);
            command.Add("next", next);
        }
    }

    private static void AddBookmark(DbCommand command, Bookmark b)
    {
        command.Add(nameof(BookmarkRecord.Id), b.Id);
        command.Add(nameof(BookmarkRecord.InstanceId), b.InstanceId);
        command.Add(nameof(BookmarkRecord.ActivityId), b.ActivityId);
        command.Add(nameof(BookmarkRecord.Type), b.Type);
        command.Add(nameof(BookmarkRecord.CorrelationKey), b.CorrelationKey ?? "");
        command.Add(nameof(BookmarkRecord.ResumeAt), UtcTime.ToStored(b.ResumeAt));
        command.Add(nameof(BookmarkRecord.Payload), b.Payload);
        command.Add(nameof(BookmarkRecord.CreatedAt), UtcTime.ToStored(b.CreatedAt));
    }

    private static void AddJournal(DbCommand command, JournalEntry j, int row)
    {
        command.Add(nameof(JournalRecord.InstanceId) + row, j.InstanceId);
        command.Add(nameof(JournalRecord.ActivityId) + row, j.ActivityId);
        command.Add(nameof(JournalRecord.ActivityType) + row, j.ActivityType);
        command.Add(nameof(JournalRecord.StartedAt) + row, UtcTime.ToStored(j.StartedAt));
        command.Add(nameof(JournalRecord.CompletedAt) + row, UtcTime.ToStored(j.CompletedAt));
        command.Add(nameof(JournalRecord.Outcome) + row, j.Outcome);
        command.Add(nameof(JournalRecord.Error) + row, j.Error);
    }

    private static void AddIncident(DbCommand command, Incident i)
    {
        command.Add(nameof(IncidentRecord.InstanceId), i.InstanceId);
        command.Add(nameof(IncidentRecord.ActivityId), i.ActivityId);
        command.Add(nameof(IncidentRecord.ActivityType), i.ActivityType);
        command.Add(nameof(IncidentRecord.Message), i.Message);
        command.Add(nameof(IncidentRecord.ExceptionType), i.ExceptionType);
        command.Add(nameof(IncidentRecord.At), UtcTime.ToStored(i.At));
    }

    // Column order is InstanceSql.InstanceColumns.
    private static WorkflowInstance ReadInstance(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        DefinitionId = r.GetString(1),
        Version = r.GetInt32(2),
        Status = Enum.Parse<WorkflowStatus>(r.GetString(3)),
        CorrelationId = r.NullableString(4),
        Variables = JsonValues.ParseVariables(r.GetString(5)),
        JoinArrivals = r.NullableString(6) is { } joins
            ? JsonSerializer.Deserialize<Dictionary<string, List<string>>>(joins, WorkflowJsonOptions.Default) ?? new(StringComparer.Ordinal)
            : new(StringComparer.Ordinal),
        CreatedAt = UtcTime.FromStored(r.GetDateTime(7)),
        UpdatedAt = UtcTime.FromStored(r.GetDateTime(8)),
        FinishedAt = UtcTime.FromStored(r.NullableDateTime(9)),
        FaultMessage = r.NullableString(10),
        Revision = r.GetInt64(11),
    };

    // Column order is InstanceSql.BookmarkColumns.
    private static Bookmark ReadBookmark(DbDataReader r)
    {
        var key = r.GetString(4);
        return new Bookmark
        {
            Id = r.GetString(0),
            InstanceId = r.GetString(1),
            ActivityId = r.GetString(2),
            Type = r.GetString(3),
            CorrelationKey = key.Length == 0 ? null : key,
            ResumeAt = UtcTime.FromStored(r.NullableDateTime(5)),
            Payload = r.NullableString(6),
            CreatedAt = UtcTime.FromStored(r.GetDateTime(7)),
        };
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
}
