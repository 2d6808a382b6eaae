using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Security;

public sealed class SqliteSecurityStoreTests : SecurityStoreScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.SqliteAsync();
}
