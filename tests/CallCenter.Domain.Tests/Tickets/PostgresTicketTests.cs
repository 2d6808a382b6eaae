using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;

namespace CallCenter.Domain.Tests.Tickets;

[Collection(PostgresCollection.Name)]
public sealed class PostgresTicketTests(PostgresServer server) : TicketScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.PostgresAsync(server);
}
