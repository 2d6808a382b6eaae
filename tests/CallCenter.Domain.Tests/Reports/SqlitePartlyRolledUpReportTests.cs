using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Reports;

/// <summary>Every report scenario on SQLite with a few rows of each source folded: the hourly rows and the rows after the mark add up.</summary>
public sealed class SqlitePartlyRolledUpReportTests : ReportMoreScenarios
{
    protected override RollupCoverage Coverage => RollupCoverage.Part;

    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.SqliteAsync();
}
