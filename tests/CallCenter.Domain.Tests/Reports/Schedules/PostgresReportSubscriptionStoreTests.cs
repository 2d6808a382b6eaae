using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;

namespace CallCenter.Domain.Tests.Reports.Schedules;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReportSubscriptionStoreTests(PostgresServer server) : ReportSubscriptionStoreScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.PostgresAsync(server, Configure);
}
