using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;

namespace CallCenter.Domain.Tests.Desk;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDeskContentTests(PostgresServer server) : DeskContentScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.PostgresAsync(server);
}
