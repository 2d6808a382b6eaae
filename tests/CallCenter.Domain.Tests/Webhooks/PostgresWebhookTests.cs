using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.Webhooks;

/// <summary>The webhook scenarios on PostgreSQL, where due times round to microseconds and claims must still match.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresWebhookTests(PostgresServer server) : WebhookScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync(Action<IServiceCollection> configure) => DomainDatabase.PostgresAsync(server, configure);
}
