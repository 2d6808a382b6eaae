using CallCenter.Domain.Acd;
using CallCenter.Domain.Data;
using CallCenter.Domain.QueueEvents;
using CallCenter.Domain.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Tests.QueueEvents;

public sealed class SqliteAcdLogWriterTests : AcdLogWriterScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync(Action<IServiceCollection> configure) => DomainDatabase.SqliteAsync(configure);

    private AcdLogWriter NewWriter(AcdLogOptions options, TimeProvider time) =>
        new(Db.Factory, Options.Create(options), time, NullLogger<AcdLogWriter>.Instance);

    [Fact]
    public async Task A_full_queue_drops_and_counts_new_rows_instead_of_waiting()
    {
        using var writer = NewWriter(new AcdLogOptions { Capacity = 10 }, Db.Time); // not started: nothing drains the queue
        var accepted = Enumerable.Range(0, 15).Count(i => writer.TryWrite(new QueueEvent { CallId = "c" + i, Event = QueueEventType.EnterQueue }));
        Assert.Equal((10, 5L, 10L), (accepted, writer.Dropped, writer.Pending));

        await writer.StartAsync(CancellationToken.None);
        await writer.FlushAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await writer.StopAsync(CancellationToken.None);
        await using var db = await Db.ContextAsync();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => "c" + i), await db.QueueEvents.OrderBy(e => e.Id).Select(e => e.CallId!).ToListAsync());
    }

    [Fact]
    public async Task A_batch_that_cannot_be_stored_is_retried_then_counted_as_failed_and_the_writer_goes_on()
    {
        using var writer = NewWriter(new AcdLogOptions { MaxAttempts = 3, RetryDelay = TimeSpan.Zero, FlushInterval = TimeSpan.Zero }, Db.Time);
        await writer.StartAsync(CancellationToken.None);
        await using (var db = await Db.ContextAsync())
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE queue_events RENAME TO queue_events_away");
        for (var i = 0; i < 5; i++) writer.TryWrite(new QueueEvent { CallId = "lost" + i, Event = QueueEventType.EnterQueue });
        await writer.FlushAsync().WaitAsync(TimeSpan.FromSeconds(30)); // completes: failed rows count as done

        Assert.Equal((0L, 5L), (writer.Written, writer.Failed));
        Assert.True(Saves.Failures >= 3, $"3 attempts expected, saw {Saves.Failures}");
        await using (var db = await Db.ContextAsync())
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE queue_events_away RENAME TO queue_events");
        writer.TryWrite(new QueueEvent { CallId = "kept", Event = QueueEventType.EnterQueue });
        await writer.FlushAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal((1L, 5L), (writer.Written, writer.Failed));
        await writer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_batch_that_does_not_fill_is_written_when_its_interval_is_over()
    {
        using var writer = NewWriter(new AcdLogOptions { FlushInterval = TimeSpan.FromMilliseconds(50) }, TimeProvider.System);
        await writer.StartAsync(CancellationToken.None);
        for (var i = 0; i < 3; i++) writer.TryWrite(new QueueEvent { CallId = "c" + i, Event = QueueEventType.EnterQueue });

        await Saves.FirstSave.Task.WaitAsync(TimeSpan.FromSeconds(10)); // no FlushAsync: the interval alone closes the batch
        Assert.Equal(1, Saves.Count);
        Assert.Equal(3L, writer.Written);
        await writer.StopAsync(CancellationToken.None);
    }
}
