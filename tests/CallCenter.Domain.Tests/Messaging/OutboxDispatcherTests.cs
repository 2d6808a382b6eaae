using CallCenter.Domain.Messaging;
using CallCenter.Domain.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.Messaging;

/// <summary>Outbox delivery on a real SQLite file: retries with doubling back-off on the fake clock, Failed after the last attempt.</summary>
public sealed class OutboxDispatcherTests : IAsyncLifetime
{
    private readonly ScriptedSender _sender = new();
    private DomainDatabase _db = null!;

    public async Task InitializeAsync() => _db = await DomainDatabase.SqliteAsync(s =>
    {
        s.AddSingleton<IMessageSender>(_sender);
        s.Configure<OutboxOptions>(o => { o.MaxAttempts = 3; o.RetryDelay = TimeSpan.FromSeconds(30); });
    });

    [Fact]
    public async Task A_failed_attempt_is_retried_after_the_back_off_and_then_marked_sent()
    {
        var message = await _db.Get<Outbox>().EnqueueAsync(MessageChannel.Sms, "13800138000", null, "您的工单号 T20261125-0001");
        var dispatcher = _db.Get<OutboxDispatcher>();
        _sender.FailuresLeft = 2;

        Assert.Equal(1, await dispatcher.DispatchDueAsync());
        var afterFirst = await _db.Get<Outbox>().GetAsync(message.Id);
        Assert.Equal((OutboxState.Pending, 1, "gateway answered 503: busy"), (afterFirst!.State, afterFirst.Attempts, afterFirst.LastError));
        Assert.Equal(_db.Time.GetUtcNow().UtcDateTime.AddSeconds(30), afterFirst.NextAttemptAt, TimeSpan.FromMilliseconds(1));

        _db.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await dispatcher.DispatchDueAsync());
        _db.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await dispatcher.DispatchDueAsync());
        Assert.Equal(_db.Time.GetUtcNow().UtcDateTime.AddSeconds(60), (await _db.Get<Outbox>().GetAsync(message.Id))!.NextAttemptAt, TimeSpan.FromMilliseconds(1));

        _db.Time.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(1, await dispatcher.DispatchDueAsync());
        var sent = await _db.Get<Outbox>().GetAsync(message.Id);
        Assert.Equal((OutboxState.Sent, 3, null), (sent!.State, sent.Attempts, sent.LastError));
        Assert.Equal(["13800138000: 您的工单号 T20261125-0001"], _sender.Delivered);
    }

    [Fact]
    public async Task After_the_last_attempt_the_message_is_Failed_and_never_tried_again()
    {
        var message = await _db.Get<Outbox>().EnqueueAsync(MessageChannel.Sms, "13800138000", null, "x");
        var dispatcher = _db.Get<OutboxDispatcher>();
        _sender.FailuresLeft = 100;
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(1, await dispatcher.DispatchDueAsync());
            _db.Time.Advance(TimeSpan.FromHours(1));
        }
        Assert.Equal(0, await dispatcher.DispatchDueAsync());
        var failed = await _db.Get<Outbox>().GetAsync(message.Id);
        Assert.Equal((OutboxState.Failed, 3), (failed!.State, failed.Attempts));
        Assert.Empty(_sender.Delivered);
    }

    [Fact]
    public async Task Email_without_a_configured_SMTP_server_fails_with_a_message_naming_the_setting()
    {
        var message = await _db.Get<Outbox>().EnqueueAsync(MessageChannel.Email, "a@example.com", "s", "b");
        await _db.Get<OutboxDispatcher>().DispatchDueAsync();
        Assert.Contains("Messaging:Smtp:Host", (await _db.Get<Outbox>().GetAsync(message.Id))!.LastError);
    }

    [Fact]
    public async Task Two_dispatchers_racing_send_a_message_once()
    {
        _sender.FailuresLeft = 0;
        for (var i = 0; i < 10; i++) await _db.Get<Outbox>().EnqueueAsync(MessageChannel.Sms, $"1380000{i:D4}", null, "hi");
        var dispatcher = _db.Get<OutboxDispatcher>();
        var counts = await Task.WhenAll(Task.Run(() => dispatcher.DispatchDueAsync()), Task.Run(() => dispatcher.DispatchDueAsync()));
        Assert.Equal(10, counts.Sum());
        Assert.Equal(10, _sender.Delivered.Count);
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(20, 3600)]
    public void The_back_off_doubles_up_to_the_maximum(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxDispatcher.RetryDelay(attempts, new OutboxOptions()));

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
