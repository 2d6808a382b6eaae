using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Domain.Tickets;

namespace CallCenter.Domain.Tests.Tickets;

/// <summary>Ticket search (text, status, caller, newest first, limit) and status changes on a real SQLite file.</summary>
public sealed class TicketQueryTests : IAsyncLifetime
{
    private DomainDatabase _db = null!;

    public async Task InitializeAsync() => _db = await DomainDatabase.SqliteAsync();

    [Fact]
    public async Task Search_matches_number_category_caller_or_description_filters_by_status_and_caller_newest_first()
    {
        var service = _db.Get<TicketService>();
        var light = await service.CreateAsync(new NewTicket("complaint", "13800138000", "路灯不亮"), DomainDatabase.Shanghai);
        _db.Time.Advance(TimeSpan.FromMinutes(1));
        var bill = await service.CreateAsync(new NewTicket("consulting", "13900139000", "water bill"), DomainDatabase.Shanghai);
        _db.Time.Advance(TimeSpan.FromMinutes(1));
        var noise = await service.CreateAsync(new NewTicket("complaint", "13800138000", "noise at night"), DomainDatabase.Shanghai);
        var queries = _db.Get<TicketQueries>();

        Assert.Equal([noise.Number, bill.Number, light.Number], (await queries.SearchAsync()).Select(t => t.Number));
        Assert.Equal([light.Number], (await queries.SearchAsync("路灯")).Select(t => t.Number));
        Assert.Equal([bill.Number], (await queries.SearchAsync("202611250002")).Select(t => t.Number)); // keyed as digits
        Assert.Equal([noise.Number, light.Number], (await queries.SearchAsync("complaint")).Select(t => t.Number));
        Assert.Equal([noise.Number, light.Number], (await queries.SearchAsync(callerNumber: " 13800138000 ")).Select(t => t.Number));
        Assert.Equal([noise.Number], (await queries.SearchAsync(callerNumber: "13800138000", limit: 1)).Select(t => t.Number));

        var changed = await _db.Get<TicketUpdates>().SetStatusAsync(light.Number.ToLowerInvariant(), TicketStatus.Resolved);
        Assert.Equal((TicketStatus.Resolved, TicketStatus.New), (changed!.Value.Ticket.Status, changed.Value.Previous));
        Assert.Equal([light.Number], (await queries.SearchAsync(status: TicketStatus.Resolved)).Select(t => t.Number));
        Assert.Null(await _db.Get<TicketUpdates>().SetStatusAsync("T20200101-0001", TicketStatus.Closed));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
