using CallCenter.Domain.Data;
using CallCenter.Domain.Extensions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Bench.Engine;

/// <summary>
/// Mode (b): our engine on the Domain's EF Core stores over a throw-away SQLite file, registered exactly
/// as the Portal does it (WAL, synchronous=NORMAL, migrations applied).
/// </summary>
public static class SqliteBackend
{
    /// <summary>The backend over a new database file in a temporary folder.</summary>
    public static EngineBackend Create()
    {
        var dir = Directory.CreateTempSubdirectory("callcenter-bench-");
        var database = new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = $"Data Source={Path.Combine(dir.FullName, "bench.db")}",
        };
        return new EngineBackend("(b) engine, SQLite",
            services => services.AddCallCenterDatabase(database),
            provider => provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(),
            () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                dir.Delete(recursive: true);
            });
    }
}
