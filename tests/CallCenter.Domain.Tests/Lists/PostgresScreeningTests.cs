using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;

namespace CallCenter.Domain.Tests.Lists;

[Collection(PostgresCollection.Name)]
public sealed class PostgresScreeningTests(PostgresServer server) : ScreeningScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.PostgresAsync(server);
}
