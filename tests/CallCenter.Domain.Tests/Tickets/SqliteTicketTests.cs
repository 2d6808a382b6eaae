using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Tickets;

public sealed class SqliteTicketTests : TicketScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.SqliteAsync();
}
