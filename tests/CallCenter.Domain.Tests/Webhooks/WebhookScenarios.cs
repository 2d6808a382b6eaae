using System.Text.Json;
using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Domain.Webhooks;
using CallCenter.Portal.Tests.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.Webhooks;

/// <summary>
/// Webhook subscriptions and deliveries on each provider, sent to a real HTTP endpoint: matching, signing, retries on
/// the fake clock with the configured back-off, Failed after the last attempt, redelivery, and the paged log.
/// </summary>
public abstract class WebhookScenarios : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly WebhookReceiver _receiver = new();
    private DomainDatabase _db = null!;

    protected abstract Task<DomainDatabase> CreateDatabaseAsync(Action<IServiceCollection> configure);

    public async Task InitializeAsync() => _db = await CreateDatabaseAsync(s => s.Configure<WebhookOptions>(o => o.MaxAttempts = 4));

    private WebhookStore Store => _db.Get<WebhookStore>();
    private WebhookDispatcher Dispatcher => _db.Get<WebhookDispatcher>();

    private Task<CreatedWebhook> SubscribeAsync(string name, params string[] events) =>
        Store.CreateAsync(new WebhookSubscriptionInput(name, _receiver.Url.ToString(), events));

    [Fact]
    public async Task An_event_is_queued_once_for_each_enabled_subscription_that_wants_it()
    {
        var offered = await SubscribeAsync("crm", "call.offered");
        var all = await SubscribeAsync("bi", "*");
        await SubscribeAsync("ended only", "call.ended");
        var disabled = await SubscribeAsync("old crm", "call.offered");
        Assert.True(await Store.DisableAsync(disabled.Subscription.Id));

        Assert.Equal(2, await Store.EnqueueAsync("call.offered", "evt-1", """{"id":"evt-1"}"""));
        Assert.Equal(0, await Store.EnqueueAsync("call.offered", "evt-1", """{"id":"evt-1"}""")); // the same event again
        Assert.Equal(1, await Store.EnqueueAsync("agent.state", "evt-2", """{"id":"evt-2"}"""));

        Assert.Single(await Store.ListDeliveriesAsync(offered.Subscription.Id));
        Assert.Equal(["agent.state", "call.offered"], (await Store.ListDeliveriesAsync(all.Subscription.Id)).Select(d => d.EventType));
        Assert.Empty(await Store.ListDeliveriesAsync(disabled.Subscription.Id));
    }

    [Fact]
    public async Task A_subscription_is_stored_with_its_secret_updated_and_deleted_with_its_log()
    {
        var created = await SubscribeAsync("crm", "call.offered", "call.ended");
        Assert.StartsWith("whsec_", created.Secret);
        Assert.Equal(70, created.Secret.Length);

        var stored = await Store.GetAsync(created.Subscription.Id);
        Assert.Equal(("crm", _receiver.Url.ToString(), created.Secret, true), (stored!.Name, stored.Url, stored.Secret, stored.Enabled));
        Assert.Equal(["call.offered", "call.ended"], stored.Events);

        var updated = await Store.UpdateAsync(created.Subscription.Id, new WebhookSubscriptionInput("crm v2", "https://crm.example.com/hook", ["*"], Enabled: false));
        Assert.Equal(("crm v2", "https://crm.example.com/hook", false, created.Secret), (updated!.Name, updated.Url, updated.Enabled, updated.Secret));
        Assert.Equal(["*"], (await Store.GetAsync(created.Subscription.Id))!.Events);

        await Store.EnqueueForAsync(created.Subscription.Id, "ping", "p1", "{}");
        Assert.True(await Store.DeleteAsync(created.Subscription.Id));
        Assert.False(await Store.DeleteAsync(created.Subscription.Id));
        Assert.Empty(await Store.ListAsync());
        await using var context = await _db.ContextAsync();
        Assert.Equal(0, await context.WebhookDeliveries.CountAsync());
    }

    [Fact]
    public async Task A_delivery_is_posted_as_JSON_with_the_event_the_delivery_id_the_time_and_a_signature_the_receiver_can_verify()
    {
        var created = await SubscribeAsync("crm", "call.ended");
        var payload = JsonSerializer.Serialize(new { id = "evt-9", type = "call.ended", at = "2026-11-25T02:00:00Z", data = new { callId = "c1", caller = "13800138000", note = "来电" } });
        await Store.EnqueueAsync("call.ended", "evt-9", payload);

        Assert.Equal(1, await Dispatcher.DispatchDueAsync());
        var request = await _receiver.WaitForAsync(_ => true, Timeout);

        var delivery = Assert.Single(await Store.ListDeliveriesAsync(created.Subscription.Id));
        Assert.Equal(("POST", "/hooks/callcenter", "application/json"), (request.Method, request.Path, request.ContentType));
        Assert.Equal(("call.ended", delivery.Id.ToString(), _db.Time.GetUtcNow().ToUnixTimeSeconds(), payload),
            (request.Event, request.Delivery, request.Timestamp, request.Body));
        Assert.Equal(request.ExpectedSignature(created.Secret), request.Signature);
        Assert.Equal((WebhookDeliveryState.Delivered, 1, 200, null), (delivery.State, delivery.Attempts, delivery.LastStatusCode, delivery.LastError));
        Assert.Equal(_db.Time.GetUtcNow().UtcDateTime, delivery.DeliveredAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await Dispatcher.DispatchDueAsync());
    }

    [Fact]
    public async Task Failed_attempts_are_retried_after_10_then_30_seconds_and_the_third_is_delivered()
    {
        var created = await SubscribeAsync("crm", "*");
        _receiver.AnswerWith(500, 503);
        await Store.EnqueueAsync("agent.state", "evt-1", "{}");

        Assert.Equal(1, await Dispatcher.DispatchDueAsync());
        var first = Assert.Single(await Store.ListDeliveriesAsync(created.Subscription.Id));
        Assert.Equal((WebhookDeliveryState.Pending, 1, 500), (first.State, first.Attempts, first.LastStatusCode));
        Assert.Contains("500", first.LastError);
        Assert.Equal(_db.Time.GetUtcNow().UtcDateTime.AddSeconds(10), first.NextAttemptAt, TimeSpan.FromMilliseconds(1));

        _db.Time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(0, await Dispatcher.DispatchDueAsync());
        Assert.Equal(1000, (await Dispatcher.NextDueInAsync())!.Value.TotalMilliseconds, 0);
        _db.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await Dispatcher.DispatchDueAsync());
        var second = (await Store.GetDeliveryAsync(created.Subscription.Id, first.Id))!;
        Assert.Equal((2, 503), (second.Attempts, second.LastStatusCode));
        Assert.Equal(_db.Time.GetUtcNow().UtcDateTime.AddSeconds(30), second.NextAttemptAt, TimeSpan.FromMilliseconds(1));

        _db.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await Dispatcher.DispatchDueAsync());
        var delivered = (await Store.GetDeliveryAsync(created.Subscription.Id, first.Id))!;
        Assert.Equal((WebhookDeliveryState.Delivered, 3, 200, null), (delivered.State, delivered.Attempts, delivered.LastStatusCode, delivered.LastError));
        Assert.Equal([500, 503, 200], _receiver.Received.Select(r => r.AnsweredWith));
        Assert.Null(await Dispatcher.NextDueInAsync());
    }

    [Fact]
    public async Task After_the_last_attempt_a_delivery_is_Failed_never_tried_again_until_an_admin_redelivers_it()
    {
        var created = await SubscribeAsync("crm", "*");
        _receiver.AnswerWith(500, 500, 500, 500);
        var delivery = await Store.EnqueueForAsync(created.Subscription.Id, "ping", "p1", """{"type":"ping"}""");
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.Equal(1, await Dispatcher.DispatchDueAsync());
            _db.Time.Advance(TimeSpan.FromHours(1));
        }
        Assert.Equal(0, await Dispatcher.DispatchDueAsync());
        var failed = (await Store.GetDeliveryAsync(created.Subscription.Id, delivery!.Id))!;
        Assert.Equal((WebhookDeliveryState.Failed, 4, 500), (failed.State, failed.Attempts, failed.LastStatusCode));
        Assert.Equal(4, _receiver.Received.Count);
        Assert.Single(await Store.ListDeliveriesAsync(created.Subscription.Id, WebhookDeliveryState.Failed));

        Assert.Null(await Store.RetryAsync(created.Subscription.Id + 1, delivery.Id)); // another subscription's address
        var retried = await Store.RetryAsync(created.Subscription.Id, delivery.Id);
        Assert.Equal((WebhookDeliveryState.Pending, 0), (retried!.State, retried.Attempts));
        Assert.Equal(1, await Dispatcher.DispatchDueAsync());
        var redelivered = (await Store.GetDeliveryAsync(created.Subscription.Id, delivery.Id))!;
        Assert.Equal((WebhookDeliveryState.Delivered, 1, 200), (redelivered.State, redelivered.Attempts, redelivered.LastStatusCode));
    }

    [Fact]
    public async Task An_endpoint_that_cannot_be_reached_is_a_failed_attempt_without_a_status_code()
    {
        var created = await Store.CreateAsync(new WebhookSubscriptionInput("gone", "http://127.0.0.1:1/hook", ["*"]));
        await Store.EnqueueAsync("call.ended", "evt-1", "{}");
        Assert.Equal(1, await Dispatcher.DispatchDueAsync());
        var delivery = Assert.Single(await Store.ListDeliveriesAsync(created.Subscription.Id));
        Assert.Equal((WebhookDeliveryState.Pending, 1, null), (delivery.State, delivery.Attempts, delivery.LastStatusCode));
        Assert.False(string.IsNullOrWhiteSpace(delivery.LastError));
    }

    [Fact]
    public async Task The_delivery_log_pages_newest_first_and_filters_by_state()
    {
        var created = await SubscribeAsync("crm", "*");
        for (var i = 1; i <= 5; i++) await Store.EnqueueAsync("call.ended", $"evt-{i}", "{}");
        _receiver.AnswerWith(200, 200); // the two oldest are delivered, the rest stay pending for a moment
        await using (var context = await _db.ContextAsync())
            await context.WebhookDeliveries.Where(d => d.EventId == "evt-3" || d.EventId == "evt-4" || d.EventId == "evt-5")
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, d => d.NextAttemptAt.AddHours(1)));
        Assert.Equal(2, await Dispatcher.DispatchDueAsync());

        var firstPage = await Store.ListDeliveriesAsync(created.Subscription.Id, limit: 2);
        Assert.Equal(["evt-5", "evt-4"], firstPage.Select(d => d.EventId));
        var secondPage = await Store.ListDeliveriesAsync(created.Subscription.Id, limit: 2, beforeId: firstPage[^1].Id);
        Assert.Equal(["evt-3", "evt-2"], secondPage.Select(d => d.EventId));
        Assert.Equal(["evt-2", "evt-1"], (await Store.ListDeliveriesAsync(created.Subscription.Id, WebhookDeliveryState.Delivered)).Select(d => d.EventId));
        Assert.Equal(3, (await Store.ListDeliveriesAsync(created.Subscription.Id, WebhookDeliveryState.Pending)).Count);
    }

    [Fact]
    public async Task One_endpoints_deliveries_due_together_arrive_in_the_order_they_were_queued()
    {
        await SubscribeAsync("crm", "*");
        for (var i = 1; i <= 6; i++) await Store.EnqueueAsync("call.offered", $"evt-{i}", $"{{\"n\":{i}}}");
        Assert.Equal(6, await Dispatcher.DispatchDueAsync());
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"{{\"n\":{i}}}"), _receiver.Received.Select(r => r.Body));
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _receiver.DisposeAsync();
    }
}
