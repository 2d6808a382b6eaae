using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Agents;

public sealed class SqliteAgentDirectoryTests : AgentDirectoryScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.SqliteAsync();
}
