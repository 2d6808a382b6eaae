using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Reports.Schedules;

public sealed class SqliteReportSubscriptionStoreTests : ReportSubscriptionStoreScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.SqliteAsync(Configure);
}
