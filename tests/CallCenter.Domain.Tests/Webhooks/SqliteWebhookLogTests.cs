using CallCenter.Domain.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.Webhooks;

public sealed class SqliteWebhookLogTests : WebhookLogScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync(Action<IServiceCollection> configure) => DomainDatabase.SqliteAsync(configure);
}
