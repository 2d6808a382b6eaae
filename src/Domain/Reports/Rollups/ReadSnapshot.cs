using System.Data;
using CallCenter.Domain.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// Makes a report's reads see one state of the database: the mark, the rows after it and the hourly rows must agree, or
/// a pass committing in between would count its rows twice (in the rows after the old mark and in the hourly rows).
/// SQLite: a deferred transaction (a read snapshot from its first read, in WAL mode; it takes no write lock);
/// PostgreSQL / SQL Server: REPEATABLE READ. The transaction ends with the report's context.
/// </summary>
internal static class ReadSnapshot
{
    public static async Task BeginAsync(CallCenterDbContext db, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null) return;
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(ct);
            var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
            await db.Database.UseTransactionAsync(transaction, ct);
            return;
        }
        await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
    }
}
