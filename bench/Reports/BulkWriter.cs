using System.Data.Common;
using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CallCenter.Bench.Reports;

/// <summary>
/// Appends entities to their tables far faster than SaveChanges: columns, names and value conversions (enums as text,
/// the trace's JSON) come from the EF model, so the rows are exactly what the application would have written. SQLite:
/// one prepared INSERT per table inside large transactions; PostgreSQL: binary COPY.
/// </summary>
public abstract class BulkWriter : IAsyncDisposable
{
    protected sealed record Table(string Name, IReadOnlyList<IProperty> Columns);

    private readonly Dictionary<Type, Table> _tables = [];

    protected BulkWriter(CallCenterDbContext db)
    {
        Db = db;
    }

    protected CallCenterDbContext Db { get; }

    public long Rows { get; protected set; }

    public static async Task<BulkWriter> OpenAsync(CallCenterDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        if (!db.Database.IsSqlite()) return new PostgresBulkWriter(db);
        // A large page cache keeps the index B-trees in memory while millions of rows go in.
        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -400000");
        return new SqliteBulkWriter(db);
    }

    /// <summary>Writes the rows of one table (all of type <typeparamref name="T"/>).</summary>
    public abstract Task WriteAsync<T>(IReadOnlyList<T> rows) where T : class;

    protected Table TableOf(Type type)
    {
        if (_tables.TryGetValue(type, out var table)) return table;
        var entity = Db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type} is not mapped");
        var columns = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never || !p.IsPrimaryKey()).ToList();
        return _tables[type] = new Table(entity.GetTableName()!, columns);
    }

    protected static object? ProviderValue(IProperty property, object entity)
    {
        var value = property.GetGetter().GetClrValue(entity);
        if (value is null) return null;
        var converter = property.GetTypeMapping().Converter;
        return converter is null ? value : converter.ConvertToProvider(value);
    }

    protected DbConnection Connection => Db.Database.GetDbConnection();

    public virtual async ValueTask DisposeAsync() => await Db.Database.CloseConnectionAsync();
}
