using System.Threading.Channels;
using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Domain.Webhooks;
using CallCenter.Portal.Tests.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CallCenter.Domain.Tests.Webhooks;

/// <summary>
/// What the admin page relies on, on each provider: a rotated secret signs from then on (the old one no longer
/// verifies), the list's per-subscription summary, and the retention of the delivery log (purge by age, and the
/// worker's sweep at start and every interval on the fake clock).
/// </summary>
public abstract class WebhookLogScenarios : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly WebhookReceiver _receiver = new();
    private DomainDatabase _db = null!;

    protected abstract Task<DomainDatabase> CreateDatabaseAsync(Action<IServiceCollection> configure);

    private readonly RetentionSetting _retention = new();

    public async Task InitializeAsync() => _db = await CreateDatabaseAsync(services =>
    {
        services.AddSingleton<IOptionsChangeTokenSource<WebhookOptions>>(_retention);
        services.Configure<WebhookOptions>(o => o.DeliveryRetentionDays = _retention.Days);
    });

    private WebhookStore Store => _db.Get<WebhookStore>();
    private DateTime Now => _db.Time.GetUtcNow().UtcDateTime;

    private Task<CreatedWebhook> SubscribeAsync(string name) => Store.CreateAsync(new WebhookSubscriptionInput(name, _receiver.Url.ToString(), ["*"]));

    [Fact]
    public async Task A_rotated_secret_signs_the_next_delivery_and_the_old_secret_no_longer_verifies()
    {
        var created = await SubscribeAsync("crm");
        await Store.EnqueueAsync("call.ended", "evt-1", """{"n":1}""");
        await _db.Get<WebhookDispatcher>().DispatchDueAsync();
        var before = await _receiver.WaitForAsync(r => r.Body == """{"n":1}""", Timeout);
        Assert.Equal(before.ExpectedSignature(created.Secret), before.Signature);

        var rotated = await Store.RotateSecretAsync(created.Subscription.Id);
        Assert.NotNull(rotated);
        Assert.StartsWith("whsec_", rotated);
        Assert.NotEqual(created.Secret, rotated);
        Assert.Equal(rotated, (await Store.GetAsync(created.Subscription.Id))!.Secret);

        await Store.EnqueueAsync("call.ended", "evt-2", """{"n":2}""");
        await _db.Get<WebhookDispatcher>().DispatchDueAsync();
        var after = await _receiver.WaitForAsync(r => r.Body == """{"n":2}""", Timeout);
        Assert.Equal(after.ExpectedSignature(rotated), after.Signature);
        Assert.NotEqual(after.ExpectedSignature(created.Secret), after.Signature);
        Assert.False(WebhookSignature.Verify(created.Secret, after.Timestamp!.Value, after.Body, after.Signature!));
        Assert.Null(await Store.RotateSecretAsync(created.Subscription.Id + 100));
    }

    [Fact]
    public async Task The_summary_counts_pending_and_failed_deliveries_and_tells_the_latest_state()
    {
        var busy = await SubscribeAsync("crm");
        var quiet = await SubscribeAsync("bi");
        await Store.SetEnabledAsync(quiet.Subscription.Id, false);
        for (var i = 1; i <= 4; i++) await Store.EnqueueAsync("call.ended", $"evt-{i}", "{}");
        await SetAsync("evt-1", WebhookDeliveryState.Failed, lastAttempt: Now);
        await SetAsync("evt-2", WebhookDeliveryState.Delivered, delivered: Now.AddMinutes(1));
        await SetAsync("evt-4", WebhookDeliveryState.Delivered, delivered: Now.AddMinutes(2));

        var summary = await Store.SummarizeAsync();
        Assert.False(summary.ContainsKey(quiet.Subscription.Id));
        var crm = summary[busy.Subscription.Id];
        Assert.Equal((1, 1, WebhookDeliveryState.Delivered), (crm.Pending, crm.Failed, crm.LastState));
        Assert.Equal(Now.AddMinutes(2), crm.LastAt, TimeSpan.FromMilliseconds(1));
        Assert.False((await Store.GetAsync(quiet.Subscription.Id))!.Enabled);
        Assert.True(await Store.SetEnabledAsync(quiet.Subscription.Id, true));
        Assert.True((await Store.GetAsync(quiet.Subscription.Id))!.Enabled);
    }

    [Fact]
    public async Task Delivered_deliveries_go_after_the_retention_days_failed_ones_that_long_after_their_last_attempt_pending_ones_stay()
    {
        await SubscribeAsync("crm");
        string[] events = ["old delivered", "recent delivered", "old failed", "failed retried lately", "old pending"];
        foreach (var e in events) await Store.EnqueueAsync("call.ended", e, "{}");
        await SetAsync("old delivered", WebhookDeliveryState.Delivered, created: Now.AddDays(-31), delivered: Now.AddDays(-31));
        await SetAsync("recent delivered", WebhookDeliveryState.Delivered, created: Now.AddDays(-40), delivered: Now.AddDays(-29));
        await SetAsync("old failed", WebhookDeliveryState.Failed, created: Now.AddDays(-40), lastAttempt: Now.AddDays(-31));
        await SetAsync("failed retried lately", WebhookDeliveryState.Failed, created: Now.AddDays(-40), lastAttempt: Now.AddDays(-10));
        await SetAsync("old pending", WebhookDeliveryState.Pending, created: Now.AddDays(-60));

        Assert.Equal(0, await Store.PurgeDeliveriesAsync(0)); // 0 = keep everything
        Assert.Equal(5, await CountAsync());
        Assert.Equal(2, await Store.PurgeDeliveriesAsync(30));
        Assert.Equal(["failed retried lately", "old pending", "recent delivered"], await EventIdsAsync());
        Assert.Equal(1, await Store.PurgeDeliveriesAsync(20));
        Assert.Equal(["failed retried lately", "old pending"], await EventIdsAsync());
    }

    [Fact]
    public async Task The_worker_sweeps_the_log_at_start_and_again_each_interval()
    {
        await SubscribeAsync("crm");
        await Store.EnqueueAsync("call.ended", "expired", "{}");
        await Store.EnqueueAsync("call.ended", "expires in 30 min", "{}");
        await SetAsync("expired", WebhookDeliveryState.Delivered, delivered: Now.AddDays(-31));
        await SetAsync("expires in 30 min", WebhookDeliveryState.Delivered, delivered: Now.AddDays(-30).AddMinutes(30));

        var worker = ActivatorUtilities.CreateInstance<WebhookWorker>(_db.Services);
        var sweeps = Channel.CreateUnbounded<int>();
        worker.Swept += n => sweeps.Writer.TryWrite(n);
        await worker.StartAsync(CancellationToken.None);
        try
        {
            Assert.Equal(1, await sweeps.Reader.ReadAsync().AsTask().WaitAsync(Timeout));
            Assert.Equal(["expires in 30 min"], await EventIdsAsync());

            _db.Time.Advance(TimeSpan.FromHours(1)); // the default interval
            Assert.Equal(1, await sweeps.Reader.ReadAsync().AsTask().WaitAsync(Timeout));
            Assert.Empty(await EventIdsAsync());
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
            worker.Dispose();
        }
    }

    [Fact]
    public async Task A_changed_retention_applies_at_once_without_a_restart()
    {
        _retention.Days = 0; // keep everything
        await SubscribeAsync("crm");
        await Store.EnqueueAsync("call.ended", "20 days old", "{}");
        await SetAsync("20 days old", WebhookDeliveryState.Delivered, delivered: Now.AddDays(-20));

        var worker = ActivatorUtilities.CreateInstance<WebhookWorker>(_db.Services);
        var sweeps = Channel.CreateUnbounded<int>();
        worker.Swept += n => sweeps.Writer.TryWrite(n);
        await worker.StartAsync(CancellationToken.None);
        try
        {
            Assert.Equal(0, await sweeps.Reader.ReadAsync().AsTask().WaitAsync(Timeout));
            _retention.Change(10); // no time passes: the change itself triggers the sweep
            Assert.Equal(1, await sweeps.Reader.ReadAsync().AsTask().WaitAsync(Timeout));
            Assert.Empty(await EventIdsAsync());
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
            worker.Dispose();
        }
    }

    /// <summary>A retention setting that changes like a reloaded configuration file (the options monitor is told).</summary>
    private sealed class RetentionSetting : IOptionsChangeTokenSource<WebhookOptions>
    {
        private ConfigurationReloadToken _token = new();

        public int Days { get; set; } = 30;
        public string? Name => Options.DefaultName;

        public IChangeToken GetChangeToken() => _token;

        public void Change(int days)
        {
            Days = days;
            Interlocked.Exchange(ref _token, new ConfigurationReloadToken()).OnReload();
        }
    }

    private async Task SetAsync(string eventId, WebhookDeliveryState state, DateTime? created = null, DateTime? lastAttempt = null, DateTime? delivered = null)
    {
        await using var context = await _db.ContextAsync();
        var row = await context.WebhookDeliveries.SingleAsync(d => d.EventId == eventId);
        row.State = state;
        row.CreatedAt = created ?? row.CreatedAt;
        row.LastAttemptAt = lastAttempt ?? delivered;
        row.DeliveredAt = delivered;
        row.Attempts = state == WebhookDeliveryState.Pending ? 0 : 1;
        await context.SaveChangesAsync();
    }

    private async Task<int> CountAsync()
    {
        await using var context = await _db.ContextAsync();
        return await context.WebhookDeliveries.CountAsync();
    }

    private async Task<List<string>> EventIdsAsync()
    {
        await using var context = await _db.ContextAsync();
        return (await context.WebhookDeliveries.Select(d => d.EventId).ToListAsync()).Order(StringComparer.Ordinal).ToList();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _receiver.DisposeAsync();
    }
}
