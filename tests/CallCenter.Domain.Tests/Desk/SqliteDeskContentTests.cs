using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Desk;

public sealed class SqliteDeskContentTests : DeskContentScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.SqliteAsync();
}
