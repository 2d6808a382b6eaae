using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CallCenter.Domain.Tests.TestSupport;

/// <summary>Counts INSERT commands into one table, to see how often a service tried.</summary>
public sealed class InsertCounter(string table) : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        // Npgsql leaves lower-case names unquoted, SQLite quotes them.
        if (command.CommandText.Contains($"INSERT INTO {table} ", StringComparison.OrdinalIgnoreCase)
            || command.CommandText.Contains($"INSERT INTO \"{table}\"", StringComparison.OrdinalIgnoreCase))
            Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
