using CallCenter.Engine.Persistence.EntityFramework.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CallCenter.Engine.Persistence.EntityFramework;

/// <summary>
/// The SQL of the instance store's hot path (load, save, bookmark lookups), generated once from the
/// EF model with the provider's own identifier quoting, so it stays right for SQLite, PostgreSQL and
/// SQL Server and follows any change to the table configurations. Parameters are written <c>@name</c>,
/// which all three ADO.NET providers accept.
/// </summary>
internal sealed class InstanceSql
{
    public InstanceSql(DbContext context)
    {
        var model = context.Model;
        var quote = context.GetService<ISqlGenerationHelper>();
        var instance = new Table(model.FindEntityType(typeof(InstanceRecord))!, quote);
        var bookmark = new Table(model.FindEntityType(typeof(BookmarkRecord))!, quote);
        var journal = new Table(model.FindEntityType(typeof(JournalRecord))!, quote);
        var incident = new Table(model.FindEntityType(typeof(IncidentRecord))!, quote);

        SelectInstance = $"SELECT {instance.Columns(InstanceColumns)} FROM {instance.Name} WHERE {instance[nameof(InstanceRecord.Id)]} = @id";
        SelectBookmarksOfInstance = $"SELECT {bookmark.Columns(BookmarkColumns)} FROM {bookmark.Name} WHERE {bookmark[nameof(BookmarkRecord.InstanceId)]} = @id ORDER BY {bookmark[nameof(BookmarkRecord.CreatedAt)]}";
        SelectBookmark = $"SELECT {bookmark.Columns(BookmarkColumns)} FROM {bookmark.Name} WHERE {bookmark[nameof(BookmarkRecord.Id)]} = @id";
        SelectBookmarksByKey = $"SELECT {bookmark.Columns(BookmarkColumns)} FROM {bookmark.Name} WHERE {bookmark[nameof(BookmarkRecord.Type)]} = @type AND {bookmark[nameof(BookmarkRecord.CorrelationKey)]} = @key";
        InsertInstance = instance.Insert(InstanceColumns);
        UpdateInstance = $"UPDATE {instance.Name} SET "
            + string.Join(", ", InstanceColumns.Where(c => c is not (nameof(InstanceRecord.Id) or nameof(InstanceRecord.DefinitionId) or nameof(InstanceRecord.Version) or nameof(InstanceRecord.CreatedAt) or nameof(InstanceRecord.CorrelationId)))
                .Select(c => $"{instance[c]} = {(c == nameof(InstanceRecord.Revision) ? "@next" : "@" + c)}"))
            + $" WHERE {instance[nameof(InstanceRecord.Id)]} = @Id AND {instance[nameof(InstanceRecord.Revision)]} = @Revision";
        DeleteBookmarksOfInstance = $"DELETE FROM {bookmark.Name} WHERE {bookmark[nameof(BookmarkRecord.InstanceId)]} = @id";
        InsertBookmark = bookmark.Insert(BookmarkColumns);
        _journalTable = journal;
        SelectInstanceWithBookmarks = SelectInstance + ";\n" + SelectBookmarksOfInstance;
        InsertIncident = incident.Insert(IncidentColumns);
    }

    public static readonly string[] InstanceColumns =
    [
        nameof(InstanceRecord.Id), nameof(InstanceRecord.DefinitionId), nameof(InstanceRecord.Version), nameof(InstanceRecord.Status),
        nameof(InstanceRecord.CorrelationId), nameof(InstanceRecord.VariablesJson), nameof(InstanceRecord.JoinsJson), nameof(InstanceRecord.CreatedAt),
        nameof(InstanceRecord.UpdatedAt), nameof(InstanceRecord.FinishedAt), nameof(InstanceRecord.FaultMessage), nameof(InstanceRecord.Revision),
    ];

    public static readonly string[] BookmarkColumns =
    [
        nameof(BookmarkRecord.Id), nameof(BookmarkRecord.InstanceId), nameof(BookmarkRecord.ActivityId), nameof(BookmarkRecord.Type),
        nameof(BookmarkRecord.CorrelationKey), nameof(BookmarkRecord.ResumeAt), nameof(BookmarkRecord.Payload), nameof(BookmarkRecord.CreatedAt),
    ];

    public static readonly string[] JournalColumns =
    [
        nameof(JournalRecord.InstanceId), nameof(JournalRecord.ActivityId), nameof(JournalRecord.ActivityType), nameof(JournalRecord.StartedAt),
        nameof(JournalRecord.CompletedAt), nameof(JournalRecord.Outcome), nameof(JournalRecord.Error),
    ];

    public static readonly string[] IncidentColumns =
    [
        nameof(IncidentRecord.InstanceId), nameof(IncidentRecord.ActivityId), nameof(IncidentRecord.ActivityType), nameof(IncidentRecord.Message),
        nameof(IncidentRecord.ExceptionType), nameof(IncidentRecord.At),
    ];

    public string SelectInstance { get; }
    public string SelectBookmarksOfInstance { get; }
    public string SelectBookmark { get; }
    public string SelectBookmarksByKey { get; }
    public string InsertInstance { get; }
    public string UpdateInstance { get; }
    public string DeleteBookmarksOfInstance { get; }
    public string InsertBookmark { get; }
    public string SelectInstanceWithBookmarks { get; }

    private readonly Table _journalTable;
    private readonly string?[] _journalInserts = new string?[16];

    /// <summary>One multi-row INSERT for <paramref name="rows"/> journal entries; parameters are the column names suffixed with the row index.</summary>
    public string InsertJournalRows(int rows)
    {
        if (rows < _journalInserts.Length && _journalInserts[rows] is { } cached) return cached;
        var values = Enumerable.Range(0, rows).Select(i => "(" + string.Join(", ", JournalColumns.Select(c => $"@{c}{i}")) + ")");
        var sql = $"INSERT INTO {_journalTable.Name} ({_journalTable.Columns(JournalColumns)}) VALUES {string.Join(", ", values)}";
        if (rows < _journalInserts.Length) _journalInserts[rows] = sql;
        return sql;
    }
    public string InsertIncident { get; }

    private sealed class Table(IEntityType entity, ISqlGenerationHelper quote)
    {
        private readonly StoreObjectIdentifier _store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());

        public string Name => quote.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());

        public string this[string property] => quote.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(_store)!);

        public string Columns(IEnumerable<string> properties) => string.Join(", ", properties.Select(p => this[p]));

        public string Insert(string[] properties) =>
            $"INSERT INTO {Name} ({Columns(properties)}) VALUES ({string.Join(", ", properties.Select(p => "@" + p))})";
    }
}
