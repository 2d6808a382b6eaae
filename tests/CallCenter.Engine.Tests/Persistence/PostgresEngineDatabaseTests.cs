using CallCenter.Domain.Data;
using CallCenter.Engine.Tests.Infrastructure;

namespace CallCenter.Engine.Tests.Persistence;

/// <summary>The database scenarios on a real PostgreSQL server (a throw-away cluster).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresEngineDatabaseTests(PostgresServer server) : EngineDatabaseScenarios
{
    protected override async Task<DatabaseOptions> NewDatabaseAsync() => new()
    {
        Provider = DatabaseProvider.PostgreSql,
        ConnectionString = await server.CreateDatabaseAsync("engine_" + Guid.NewGuid().ToString("N")[..20]),
    };
}
