using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Routing;

public sealed class SqliteRouteTests : RouteScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.SqliteAsync();
}
