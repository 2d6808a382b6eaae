using CallCenter.Domain.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.Telephony;

public sealed class SqliteExtensionForwardingTests : ExtensionForwardingScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync(Action<IServiceCollection> configure) => DomainDatabase.SqliteAsync(configure);
}
