using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Reports;

public sealed class SqliteReportTests : CallDetailScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.SqliteAsync();
}
