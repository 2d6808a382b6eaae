using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;

namespace CallCenter.Domain.Tests.Agents;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAgentDirectoryTests(PostgresServer server) : AgentDirectoryScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.PostgresAsync(server);
}
