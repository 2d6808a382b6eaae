using CallCenter.Domain.Acd;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Data;
using CallCenter.Domain.QueueEvents;
using CallCenter.Domain.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.QueueEvents;

/// <summary>
/// The ACD log writer on each provider: rows stored in the order written, in batches, nothing lost under a burst,
/// and what is still queued written on stop. Time is the fake clock, so a batch never closes by its interval here:
/// only by filling up, by FlushAsync, or by stopping.
/// </summary>
public abstract class AcdLogWriterScenarios : IAsyncLifetime
{
    protected readonly SaveCounter Saves = new();
    protected DomainDatabase Db = null!;

    protected abstract Task<DomainDatabase> CreateDatabaseAsync(Action<IServiceCollection> configure);

    private AcdLogWriter Writer => Db.Get<AcdLogWriter>();

    public async Task InitializeAsync()
    {
        Db = await CreateDatabaseAsync(s => s.ConfigureDbContext<CallCenterDbContext>(b => b.AddInterceptors(Saves)));
        await Writer.StartAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Rows_are_stored_in_the_order_written_in_batches_of_at_most_500()
    {
        for (var i = 0; i < 1200; i++)
        {
            if (i % 10 == 0) Assert.True(Writer.TryWrite(new AgentStatusChange { AgentNumber = "8001", From = AgentStatus.Ready, To = AgentStatus.Ringing, Reason = i.ToString() }));
            else Assert.True(Writer.TryWrite(new QueueEvent { CallId = "call-" + i, Queue = "hotline", Event = QueueEventType.EnterQueue, Position = i, Data = i.ToString() }));
        }
        await Writer.FlushAsync().WaitAsync(TimeSpan.FromSeconds(30));

        // Full batches while rows wait (500 + 500 + 200 when the writer keeps up; a busy machine may cut one short
        // where the flush came): never more than 500 in one transaction, every row once.
        var sizes = Saves.Sizes;
        Assert.True(sizes.All(n => n <= 500) && sizes.Sum() == 1200 && sizes.Count is >= 3 and <= 4, $"batches: {string.Join(" + ", sizes)}");
        Assert.Equal((1200L, 0L, 0L, 0L), (Writer.Written, Writer.Dropped, Writer.Failed, Writer.Pending));
        await using var db = await Db.ContextAsync();
        var events = await db.QueueEvents.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(Enumerable.Range(0, 1200).Where(i => i % 10 != 0), events.Select(e => e.Position!.Value));
        Assert.All(events, e => Assert.Equal(DomainDatabase.DefaultNow.UtcDateTime, e.At)); // stamped by the writer's clock
        var changes = await db.AgentStatusChanges.OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(Enumerable.Range(0, 120).Select(i => (i * 10).ToString()), changes.Select(c => c.Reason));
        Assert.Equal((AgentStatus.Ready, AgentStatus.Ringing), (changes[0].From, changes[0].To));
    }

    [Fact]
    public async Task Typed_columns_round_trip()
    {
        var at = new DateTime(2026, 11, 25, 2, 3, 4, 567, DateTimeKind.Utc);
        Writer.TryWrite(new QueueEvent
        {
            At = at, CallId = "c1", Queue = "hotline", Agent = "8001", Event = QueueEventType.Abandon, Position = 2, OriginalPosition = 5,
            Priority = 1, WaitSeconds = 42.5, TalkSeconds = null, RingSeconds = 3.25, Data = "转接 / transfer",
        });
        await Writer.FlushAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await using var db = await Db.ContextAsync();
        var e = await db.QueueEvents.SingleAsync();
        Assert.Equal((at, "c1", "hotline", "8001", QueueEventType.Abandon), (DateTime.SpecifyKind(e.At, DateTimeKind.Utc), e.CallId, e.Queue, e.Agent, e.Event));
        Assert.Equal((2, 5, 1, 42.5, (double?)null, 3.25, "转接 / transfer"), (e.Position, e.OriginalPosition, e.Priority, e.WaitSeconds, e.TalkSeconds, e.RingSeconds, e.Data));
    }

    [Fact]
    public async Task Texts_longer_than_their_columns_are_cut_rather_than_failing_the_batch()
    {
        Writer.TryWrite(new QueueEvent { CallId = new string('c', 300), Queue = "hotline", Event = QueueEventType.Transfer, Data = new string('d', 600) });
        Writer.TryWrite(new AgentStatusChange { AgentNumber = "8001", From = AgentStatus.Ready, To = AgentStatus.NotReady, Reason = new string('r', 250) });
        Writer.TryWrite(new QueueEvent { CallId = "fine", Event = QueueEventType.EnterQueue });
        await Writer.FlushAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal((3L, 0L), (Writer.Written, Writer.Failed));
        await using var db = await Db.ContextAsync();
        var cut = await db.QueueEvents.OrderBy(e => e.Id).FirstAsync();
        Assert.Equal((200, 500), (cut.CallId!.Length, cut.Data!.Length));
        Assert.Equal(200, (await db.AgentStatusChanges.SingleAsync()).Reason!.Length);
    }

    [Fact]
    public async Task A_burst_of_10000_events_from_four_threads_loses_nothing_and_keeps_each_threads_order()
    {
        var accepted = 0;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(thread => Task.Run(() =>
        {
            for (var i = 0; i < 2500; i++)
                if (Writer.TryWrite(new QueueEvent { CallId = $"t{thread}", Event = QueueEventType.Offer, Position = i })) Interlocked.Increment(ref accepted);
        })));
        await Writer.FlushAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(10_000, accepted);
        Assert.Equal((10_000L, 0L), (Writer.Written, Writer.Dropped));
        await using var db = await Db.ContextAsync();
        var rows = await db.QueueEvents.OrderBy(e => e.Id).Select(e => new { e.CallId, e.Position }).ToListAsync();
        Assert.Equal(10_000, rows.Count);
        foreach (var thread in rows.GroupBy(r => r.CallId))
            Assert.Equal(Enumerable.Range(0, 2500), thread.Select(r => r.Position!.Value));
        Assert.True(Saves.Count >= 20, $"10,000 rows in batches of at most 500 take at least 20 saves, not {Saves.Count}");
    }

    /// <summary>Also covers a stop that comes before the background loop ever ran (the host may cancel it unstarted): seen under load.</summary>
    [Fact]
    public async Task Stopping_stores_what_is_still_queued_and_refuses_later_rows()
    {
        for (var i = 0; i < 300; i++) Writer.TryWrite(new QueueEvent { CallId = "c" + i, Event = QueueEventType.Connect, WaitSeconds = i });
        await Writer.StopAsync(CancellationToken.None);

        Assert.False(Writer.TryWrite(new QueueEvent { CallId = "late", Event = QueueEventType.Abandon }));
        Assert.Equal((300L, 1L), (Writer.Written, Writer.Dropped));
        await using var db = await Db.ContextAsync();
        Assert.Equal(300, await db.QueueEvents.CountAsync());
        Assert.False(await db.QueueEvents.AnyAsync(e => e.CallId == "late"));
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();
}
