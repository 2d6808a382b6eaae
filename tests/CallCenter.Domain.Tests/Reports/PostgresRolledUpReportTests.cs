using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;

namespace CallCenter.Domain.Tests.Reports;

/// <summary>Every report scenario on PostgreSQL with the whole dataset folded into the hourly tables.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRolledUpReportTests(PostgresServer server) : ReportMoreScenarios
{
    protected override RollupCoverage Coverage => RollupCoverage.All;

    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.PostgresAsync(server);
}
