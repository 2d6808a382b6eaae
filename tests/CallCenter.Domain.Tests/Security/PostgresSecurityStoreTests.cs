using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;

namespace CallCenter.Domain.Tests.Security;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSecurityStoreTests(PostgresServer server) : SecurityStoreScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.PostgresAsync(server);
}
