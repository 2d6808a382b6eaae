using CallCenter.Domain.Data;

namespace CallCenter.Engine.Tests.Persistence;

/// <summary>The database scenarios on a real SQLite file (the product's default).</summary>
public sealed class SqliteEngineDatabaseTests : EngineDatabaseScenarios, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-sqlite-").FullName;

    protected override Task<DatabaseOptions> NewDatabaseAsync() => Task.FromResult(new DatabaseOptions
    {
        Provider = DatabaseProvider.Sqlite,
        ConnectionString = $"Data Source={Path.Combine(_folder, Guid.NewGuid().ToString("N"))}.db",
    });

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
