using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Queues;

public sealed class SqliteQueueDirectoryTests : QueueDirectoryScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.SqliteAsync();
}
