using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Domain.Data;
using CallCenter.Domain.Tickets;
using CallCenter.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.Tickets;

[Collection(PostgresCollection.Name)]
public sealed class PostgresTicketTests(PostgresServer server) : TicketScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.PostgresAsync(server);

    /// <summary>PostgreSQL enforces column lengths (SQLite does not), which gives a failure that is not a taken number: tried once, not 200 times.</summary>
    [Fact]
    public async Task A_failure_other_than_a_taken_number_is_not_retried()
    {
        var inserts = new InsertCounter("tickets");
        await using var db = await DomainDatabase.PostgresAsync(server, s => s.ConfigureDbContext<CallCenterDbContext>(b => b.AddInterceptors(inserts)));
        await Assert.ThrowsAsync<DbUpdateException>(() =>
            db.Get<TicketService>().CreateAsync(new NewTicket("complaint", CallerNumber: new string('1', 100)), DomainDatabase.Shanghai));
        Assert.Equal(1, inserts.Count);
        Assert.Equal("T20261125-0001", (await db.Get<TicketService>().CreateAsync(new NewTicket("complaint"), DomainDatabase.Shanghai)).Number);
    }
}
