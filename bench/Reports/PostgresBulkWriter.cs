using Microsoft.EntityFrameworkCore;
using CallCenter.Domain.Data;
using Npgsql;

namespace CallCenter.Bench.Reports;

/// <summary>Binary COPY, PostgreSQL's bulk path.</summary>
public sealed class PostgresBulkWriter(CallCenterDbContext db) : BulkWriter(db)
{
    public override async Task WriteAsync<T>(IReadOnlyList<T> rows)
    {
        if (rows.Count == 0) return;
        var table = TableOf(typeof(T));
        var names = string.Join(", ", table.Columns.Select(c => $"\"{c.GetColumnName()}\""));
        await using var writer = await ((NpgsqlConnection)Connection).BeginBinaryImportAsync($"COPY \"{table.Name}\" ({names}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            foreach (var column in table.Columns)
            {
                var value = ProviderValue(column, row);
                if (value is null) await writer.WriteNullAsync();
                else await writer.WriteAsync(value, TypeName(column.GetColumnType()));
            }
        }
        await writer.CompleteAsync();
        Rows += rows.Count;
    }

    // "character varying(200)" → "character varying": COPY needs the type, not its length.
    private static string TypeName(string columnType) => columnType.IndexOf('(') is var i and > 0 ? columnType[..i] : columnType;
}
