using CallCenter.Domain.Messaging;
using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.Messaging;

/// <summary>
/// The dispatcher's claim compares the stored due time for equality; PostgreSQL keeps microseconds where
/// .NET has 100 ns ticks, so a claim must still match after the round trip.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresOutboxTests(PostgresServer server) : IAsyncLifetime
{
    private readonly ScriptedSender _sender = new();
    private DomainDatabase _db = null!;

    public async Task InitializeAsync() => _db = await DomainDatabase.PostgresAsync(server, s => s.AddSingleton<IMessageSender>(_sender));

    [Fact]
    public async Task A_message_written_at_a_sub_microsecond_time_is_claimed_sent_and_retried_on_PostgreSQL()
    {
        _db.Time.Advance(TimeSpan.FromTicks(1_234_567)); // 0.1234567 s: not a whole microsecond
        var first = await _db.Get<Outbox>().EnqueueAsync(MessageChannel.Sms, "13800138000", null, "one");
        var second = await _db.Get<Outbox>().EnqueueAsync(MessageChannel.Sms, "13900139000", null, "two");
        _sender.FailuresLeft = 1;

        var dispatcher = _db.Get<OutboxDispatcher>();
        Assert.Equal(2, await dispatcher.DispatchDueAsync());
        Assert.Equal(OutboxState.Pending, (await _db.Get<Outbox>().GetAsync(first.Id))!.State);
        Assert.Equal(OutboxState.Sent, (await _db.Get<Outbox>().GetAsync(second.Id))!.State);

        _db.Time.Advance(TimeSpan.FromTicks(new OutboxOptions().RetryDelay.Ticks + 7));
        Assert.Equal(1, await dispatcher.DispatchDueAsync());
        Assert.Equal(OutboxState.Sent, (await _db.Get<Outbox>().GetAsync(first.Id))!.State);
        Assert.Equal(["13900139000: two", "13800138000: one"], _sender.Delivered);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
