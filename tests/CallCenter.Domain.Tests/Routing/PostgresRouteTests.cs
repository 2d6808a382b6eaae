using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;

namespace CallCenter.Domain.Tests.Routing;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRouteTests(PostgresServer server) : RouteScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.PostgresAsync(server);
}
