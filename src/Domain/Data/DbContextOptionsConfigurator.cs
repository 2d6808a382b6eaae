using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Data;

/// <summary>Points a DbContext at the configured provider and its migrations assembly.</summary>
public static class DbContextOptionsConfigurator
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(options.ConnectionString, x => x.MigrationsAssembly(options.MigrationsAssembly));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(options.ConnectionString, x => x.MigrationsAssembly(options.MigrationsAssembly));
                break;
            default:
                EnsureSqliteFolder(options.ConnectionString);
                builder.UseSqlite(options.ConnectionString, x => x.MigrationsAssembly(options.MigrationsAssembly))
                    .AddInterceptors(new SqlitePragmas());
                break;
        }
        return builder;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
