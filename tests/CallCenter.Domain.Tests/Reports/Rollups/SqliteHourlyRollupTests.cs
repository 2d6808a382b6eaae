using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Reports.Rollups;

public sealed class SqliteHourlyRollupTests : HourlyRollupScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.SqliteAsync();
}
