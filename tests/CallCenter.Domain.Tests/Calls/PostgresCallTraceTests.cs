using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;

namespace CallCenter.Domain.Tests.Calls;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCallTraceTests(PostgresServer server) : CallTraceScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.PostgresAsync(server);
}
