using System.Security.Cryptography;
using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Webhooks;

/// <summary>
/// Webhook subscriptions (create, list, update, disable, delete) and their delivery log: queues a delivery per matching
/// subscription for each event, and lets an admin redeliver one. The <see cref="WebhookDispatcher"/> sends them.
/// </summary>
public sealed class WebhookStore(IDbContextFactory<CallCenterDbContext> factory, TimeProvider time, WebhookSignal signal)
{
    /// <summary>Most deliveries one page of the log returns.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Creates a subscription with a new random secret (32 bytes, hex, prefixed <c>whsec_</c>).</summary>
    /// <exception cref="ArgumentException">The input is not valid (<see cref="WebhookSubscriptionInput.Validate"/>).</exception>
    public async Task<CreatedWebhook> CreateAsync(WebhookSubscriptionInput input, CancellationToken ct = default)
    {
        ThrowIfInvalid(input);
        var secret = NewSecret();
        var subscription = new WebhookSubscription
        {
            Name = input.Name!.Trim(),
            Url = input.Url!.Trim(),
            Secret = secret,
            Events = input.NormalizedEvents(),
            Enabled = input.Enabled,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        await using var db = await factory.CreateDbContextAsync(ct);
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(ct);
        return new CreatedWebhook(subscription, secret);
    }

    public async Task<IReadOnlyList<WebhookSubscription>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.WebhookSubscriptions.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct);
    }

    public async Task<WebhookSubscription?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.WebhookSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
    }

    /// <summary>Replaces name, URL, events and enabled (the secret stays); null when there is no such subscription.</summary>
    public async Task<WebhookSubscription?> UpdateAsync(long id, WebhookSubscriptionInput input, CancellationToken ct = default)
    {
        ThrowIfInvalid(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var subscription = await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null) return null;
        subscription.Name = input.Name!.Trim();
        subscription.Url = input.Url!.Trim();
        subscription.Events = input.NormalizedEvents();
        subscription.Enabled = input.Enabled;
        subscription.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return subscription;
    }

    /// <summary>
    /// Replaces the signing secret with a new random one and returns it (shown once); every delivery sent from now on is
    /// signed with it and the old one no longer verifies. Null when there is no such subscription.
    /// </summary>
    public async Task<string?> RotateSecretAsync(long id, CancellationToken ct = default)
    {
        var secret = NewSecret();
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.WebhookSubscriptions.Where(s => s.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Secret, secret).SetProperty(x => x.UpdatedAt, now), ct);
        return rows == 1 ? secret : null;
    }

    /// <summary>Starts or stops new deliveries to the subscription; false when there is none.</summary>
    public async Task<bool> SetEnabledAsync(long id, bool enabled, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.WebhookSubscriptions.Where(s => s.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Enabled, enabled).SetProperty(x => x.UpdatedAt, now), ct) == 1;
    }

    /// <summary>Stops new deliveries to the subscription; false when there is none.</summary>
    public async Task<bool> DisableAsync(long id, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.WebhookSubscriptions.Where(s => s.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Enabled, false).SetProperty(x => x.UpdatedAt, now), ct) == 1;
    }

    /// <summary>Deletes the subscription and its delivery log; false when there is none.</summary>
    public async Task<bool> DeleteAsync(long id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.WebhookDeliveries.Where(d => d.SubscriptionId == id).ExecuteDeleteAsync(ct);
        return await db.WebhookSubscriptions.Where(s => s.Id == id).ExecuteDeleteAsync(ct) == 1;
    }

    /// <summary>
    /// Queues the event for every enabled subscription that wants <paramref name="eventType"/>; returns how many.
    /// An event id already queued for a subscription is not queued again (an event is delivered once per endpoint).
    /// </summary>
    public async Task<int> EnqueueAsync(string eventType, string eventId, string payload, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var targets = (await db.WebhookSubscriptions.AsNoTracking().Where(s => s.Enabled).ToListAsync(ct)).Where(s => s.Wants(eventType)).ToList();
        if (targets.Count == 0) return 0;
        var ids = targets.Select(s => s.Id).ToList();
        var already = await db.WebhookDeliveries.Where(d => d.EventId == eventId && ids.Contains(d.SubscriptionId)).Select(d => d.SubscriptionId).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var target in targets.Where(t => !already.Contains(t.Id)))
        {
            db.WebhookDeliveries.Add(NewDelivery(target.Id, eventType, eventId, payload, now));
            added++;
        }
        if (added == 0) return 0;
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return added;
    }

    /// <summary>Queues the event for one subscription whatever its events and state (the test ping); null when there is no such subscription.</summary>
    public async Task<WebhookDelivery?> EnqueueForAsync(long subscriptionId, string eventType, string eventId, string payload, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.WebhookSubscriptions.AnyAsync(s => s.Id == subscriptionId, ct)) return null;
        var delivery = NewDelivery(subscriptionId, eventType, eventId, payload, time.GetUtcNow().UtcDateTime);
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return delivery;
    }

    /// <summary>
    /// One page of a subscription's delivery log, newest first: up to <paramref name="limit"/> deliveries, optionally in
    /// <paramref name="state"/>, older than <paramref name="beforeId"/> (the last id of the previous page).
    /// </summary>
    public async Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(long subscriptionId, WebhookDeliveryState? state = null, int limit = 50, long? beforeId = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == subscriptionId);
        if (state is { } s) query = query.Where(d => d.State == s);
        if (beforeId is { } before) query = query.Where(d => d.Id < before);
        return await query.OrderByDescending(d => d.Id).Take(Math.Clamp(limit, 1, MaxPageSize)).ToListAsync(ct);
    }

    public async Task<WebhookDelivery?> GetDeliveryAsync(long subscriptionId, long deliveryId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.WebhookDeliveries.AsNoTracking().FirstOrDefaultAsync(d => d.Id == deliveryId && d.SubscriptionId == subscriptionId, ct);
    }

    /// <summary>
    /// Redelivers now: the delivery becomes Pending, due at once, with a fresh allowance of attempts (its attempt count
    /// starts again at 0). Null when there is no such delivery of that subscription.
    /// </summary>
    public async Task<WebhookDelivery?> RetryAsync(long subscriptionId, long deliveryId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId && d.SubscriptionId == subscriptionId, ct);
        if (delivery is null) return null;
        delivery.State = WebhookDeliveryState.Pending;
        delivery.Attempts = 0;
        delivery.NextAttemptAt = now;
        delivery.DeliveredAt = null;
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return delivery;
    }

    /// <summary>
    /// Per subscription: how many deliveries are pending and failed, and the state and time of the latest one (what the
    /// admin list shows). Subscriptions without deliveries are absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, WebhookDeliverySummary>> SummarizeAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var counts = await db.WebhookDeliveries.AsNoTracking().Where(d => d.State != WebhookDeliveryState.Delivered)
            .GroupBy(d => new { d.SubscriptionId, d.State })
            .Select(g => new { g.Key.SubscriptionId, g.Key.State, Count = g.Count() })
            .ToListAsync(ct);
        var latestIds = await db.WebhookDeliveries.AsNoTracking().GroupBy(d => d.SubscriptionId).Select(g => g.Max(d => d.Id)).ToListAsync(ct);
        var latest = await db.WebhookDeliveries.AsNoTracking().Where(d => latestIds.Contains(d.Id))
            .Select(d => new { d.SubscriptionId, d.State, d.CreatedAt, d.LastAttemptAt, d.DeliveredAt })
            .ToListAsync(ct);
        return latest.ToDictionary(l => l.SubscriptionId, l => new WebhookDeliverySummary(
            counts.Where(c => c.SubscriptionId == l.SubscriptionId && c.State == WebhookDeliveryState.Pending).Sum(c => c.Count),
            counts.Where(c => c.SubscriptionId == l.SubscriptionId && c.State == WebhookDeliveryState.Failed).Sum(c => c.Count),
            l.State,
            l.DeliveredAt ?? l.LastAttemptAt ?? l.CreatedAt));
    }

    /// <summary>
    /// Deletes the deliveries older than <paramref name="retentionDays"/>: delivered ones by their delivery time, failed
    /// ones by their last attempt; pending ones are never deleted. 0 or less keeps everything. Returns how many went.
    /// </summary>
    public async Task<int> PurgeDeliveriesAsync(int retentionDays, CancellationToken ct = default)
    {
        if (retentionDays <= 0) return 0;
        var cutoff = time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(retentionDays);
        await using var db = await factory.CreateDbContextAsync(ct);
        var delivered = await db.WebhookDeliveries
            .Where(d => d.State == WebhookDeliveryState.Delivered && (d.DeliveredAt ?? d.CreatedAt) < cutoff)
            .ExecuteDeleteAsync(ct);
        var failed = await db.WebhookDeliveries
            .Where(d => d.State == WebhookDeliveryState.Failed && (d.LastAttemptAt ?? d.CreatedAt) < cutoff)
            .ExecuteDeleteAsync(ct);
        return delivered + failed;
    }

    private static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    private static WebhookDelivery NewDelivery(long subscriptionId, string eventType, string eventId, string payload, DateTime now) => new()
    {
        SubscriptionId = subscriptionId,
        EventType = eventType,
        EventId = eventId,
        Payload = payload,
        State = WebhookDeliveryState.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    private static void ThrowIfInvalid(WebhookSubscriptionInput input)
    {
        var errors = input.Validate();
        if (errors.Count > 0) throw new ArgumentException(string.Join(" ", errors.Values.SelectMany(m => m)), nameof(input));
    }
}
