using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;

namespace CallCenter.Domain.Tests.Reports;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReportTests(PostgresServer server) : ReportScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.PostgresAsync(server);
}
