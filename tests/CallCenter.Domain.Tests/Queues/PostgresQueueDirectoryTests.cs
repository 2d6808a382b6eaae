using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;

namespace CallCenter.Domain.Tests.Queues;

[Collection(PostgresCollection.Name)]
public sealed class PostgresQueueDirectoryTests(PostgresServer server) : QueueDirectoryScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.PostgresAsync(server);
}
