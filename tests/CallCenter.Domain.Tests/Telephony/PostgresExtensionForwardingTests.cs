using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.Telephony;

[Collection(PostgresCollection.Name)]
public sealed class PostgresExtensionForwardingTests(PostgresServer server) : ExtensionForwardingScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync(Action<IServiceCollection> configure) => DomainDatabase.PostgresAsync(server, configure);
}
