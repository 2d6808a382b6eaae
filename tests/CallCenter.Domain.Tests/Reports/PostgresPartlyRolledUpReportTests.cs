using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;

namespace CallCenter.Domain.Tests.Reports;

/// <summary>Every report scenario on PostgreSQL with a few rows of each source folded: the hourly rows and the rows after the mark add up.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPartlyRolledUpReportTests(PostgresServer server) : ReportMoreScenarios
{
    protected override RollupCoverage Coverage => RollupCoverage.Part;

    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.PostgresAsync(server);
}
