using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Lists;

public sealed class SqliteScreeningTests : ScreeningScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.SqliteAsync();
}
