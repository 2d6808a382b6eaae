using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Calls;

public sealed class SqliteCallTraceTests : CallTraceScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.SqliteAsync();
}
