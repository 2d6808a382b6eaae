using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Reports;

/// <summary>Every report scenario on SQLite with the whole dataset folded into the hourly tables.</summary>
public sealed class SqliteRolledUpReportTests : ReportMoreScenarios
{
    protected override RollupCoverage Coverage => RollupCoverage.All;

    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.SqliteAsync();
}
