using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Tests.Tickets;

/// <summary>Ticket numbering, run on each provider: the numbers must stay unique and gap-free under concurrent creation.</summary>
public abstract class TicketScenarios : IAsyncLifetime
{
    private DomainDatabase _db = null!;

    protected DomainDatabase Db => _db;

    protected abstract Task<DomainDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync() => _db = await CreateDatabaseAsync();

    [Fact]
    public async Task Numbers_follow_the_center_local_day_and_restart_each_day()
    {
        var service = _db.Get<TicketService>();
        _db.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 15, 59, 0, TimeSpan.Zero)); // 23:59 in Shanghai
        var first = await service.CreateAsync(new NewTicket("complaint", "13800138000"), DomainDatabase.Shanghai);
        var second = await service.CreateAsync(new NewTicket("mailbox", RecordingPath: "recordings/a.wav"), DomainDatabase.Shanghai);
        _db.Time.Advance(TimeSpan.FromMinutes(2)); // 00:01 the next day
        var third = await service.CreateAsync(new NewTicket("complaint"), DomainDatabase.Shanghai);

        Assert.Equal(["T20261125-0001", "T20261125-0002", "T20261126-0001"], new[] { first.Number, second.Number, third.Number });
        var stored = await service.FindByNumberAsync("t20261125-0002");
        Assert.Equal(("mailbox", "recordings/a.wav", TicketStatus.New), (stored!.Category, stored.RecordingPath, stored.Status));
    }

    [Fact]
    public async Task Concurrent_creation_gives_every_ticket_its_own_number_without_gaps()
    {
        var service = _db.Get<TicketService>();
        const int count = 24;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, count).Select(async i =>
        {
            await start.Task;
            return await service.CreateAsync(new NewTicket("complaint", $"1380000{i:D4}"), DomainDatabase.Shanghai);
        }).ToArray();
        start.SetResult();
        var tickets = await Task.WhenAll(tasks);

        var expected = Enumerable.Range(1, count).Select(i => TicketService.FormatNumber(new DateOnly(2026, 11, 25), i)).ToArray();
        Assert.Equal(expected, tickets.Select(t => t.Number).Order(StringComparer.Ordinal).ToArray());
        await using var context = await _db.ContextAsync();
        Assert.Equal(count, await context.Tickets.CountAsync());
    }

    [Fact]
    public async Task The_database_refuses_a_duplicate_number_even_when_written_directly()
    {
        var ticket = await _db.Get<TicketService>().CreateAsync(new NewTicket("complaint"), DomainDatabase.Shanghai);
        await using var context = await _db.ContextAsync();
        context.Tickets.Add(new Ticket { Number = ticket.Number, Day = new DateOnly(2020, 1, 1), DaySequence = 1, Category = "x" });
        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
