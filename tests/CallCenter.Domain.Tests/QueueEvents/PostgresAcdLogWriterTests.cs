using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.QueueEvents;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAcdLogWriterTests(PostgresServer server) : AcdLogWriterScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync(Action<IServiceCollection> configure) => DomainDatabase.PostgresAsync(server, configure);
}
