using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.Webhooks;

/// <summary>Rotation, summary and retention of the webhook log on PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresWebhookLogTests(PostgresServer server) : WebhookLogScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync(Action<IServiceCollection> configure) => DomainDatabase.PostgresAsync(server, configure);
}
