using Microsoft.EntityFrameworkCore;
using CallCenter.Domain.Data;
using Microsoft.Data.Sqlite;

namespace CallCenter.Bench.Reports;

/// <summary>Prepared INSERTs in one transaction per batch (SQLite's fastest path without extensions).</summary>
public sealed class SqliteBulkWriter(CallCenterDbContext db) : BulkWriter(db)
{
    public override async Task WriteAsync<T>(IReadOnlyList<T> rows)
    {
        if (rows.Count == 0) return;
        var table = TableOf(typeof(T));
        var connection = (SqliteConnection)Connection;
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = string.Join(", ", table.Columns.Select(c => $"\"{c.GetColumnName()}\""));
        var values = string.Join(", ", table.Columns.Select((_, i) => "$p" + i));
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({names}) VALUES ({values})";
        var parameters = table.Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = ProviderValue(table.Columns[i], row) ?? DBNull.Value;
            command.ExecuteNonQuery(); // synchronous: Microsoft.Data.Sqlite has no real async I/O, only the overhead
        }
        await transaction.CommitAsync();
        Rows += rows.Count;
    }
}
