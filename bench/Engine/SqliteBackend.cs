namespace CallCenter.Bench.Engine;

/// <summary>
/// Mode (b): our engine on the Domain's EF Core store over a throw-away SQLite file. The store is being
/// written in another branch; until it is merged this mode reports why it cannot run and the JSON
/// carries <c>"sqlite_inst_per_s": null</c>.
/// </summary>
public static class SqliteBackend
{
    /// <summary>The backend, or null with the reason it is not available in this build.</summary>
    public static EngineBackend? TryCreate(out string reason)
    {
        reason = "not wired yet: the EF Core store (Domain's CallCenterDbContext with EfInstanceStore/EfDefinitionStore) is not merged";
        return null;
        // To wire it once the store is merged (everything else in the benchmark stays as it is):
        //  1. CallCenter.Bench.Engine.csproj: add ProjectReferences to ../../src/Domain/CallCenter.Domain.csproj
        //     and ../../src/Migrations/Sqlite/CallCenter.Migrations.Sqlite.csproj.
        //  2. Replace the two lines above with:
        //     var dir = Directory.CreateTempSubdirectory("callcenter-bench-");
        //     var connection = $"Data Source={Path.Combine(dir.FullName, "bench.db")}";
        //     reason = "";
        //     return new EngineBackend("(b) engine, SQLite",
        //         services => services.AddCallCenterDatabase(/* provider: Sqlite, connection */),
        //         async provider => { /* create the schema: migrate the CallCenterDbContext */ },
        //         () => { Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); dir.Delete(recursive: true); });
    }
}
