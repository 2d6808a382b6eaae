using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Webhooks;

/// <summary>
/// Sends due webhook deliveries. Each is claimed first (its due time pushed ahead by
/// <see cref="WebhookOptions.ClaimTimeout"/> in one conditional update), so two dispatchers never send it at once and a
/// crash mid-attempt only delays it. Up to <see cref="WebhookOptions.Parallelism"/> endpoints are sent to at once; one
/// endpoint's due deliveries go one after another, oldest first. A failed attempt is retried after
/// <see cref="WebhookOptions.RetryDelay"/> until <see cref="WebhookOptions.MaxAttempts"/>, then the delivery is Failed.
/// Order is kept among deliveries due together; a delivery waiting for its retry does not hold back later events.
/// </summary>
public sealed class WebhookDispatcher(
    IDbContextFactory<CallCenterDbContext> factory,
    WebhookSender sender,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookDispatcher> logger)
{
    /// <summary>Most characters of <see cref="WebhookDelivery.LastError"/>.</summary>
    public const int MaxErrorLength = 500;

    /// <summary>Sends what is due now; returns how many deliveries were attempted.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        List<WebhookDelivery> due;
        Dictionary<long, WebhookSubscription> subscriptions;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            due = await db.WebhookDeliveries.AsNoTracking()
                .Where(d => d.State == WebhookDeliveryState.Pending && d.NextAttemptAt <= now)
                .OrderBy(d => d.Id)
                .Take(settings.BatchSize)
                .ToListAsync(ct);
            if (due.Count == 0) return 0;
            var ids = due.Select(d => d.SubscriptionId).Distinct().ToList();
            subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        }
        var attempted = 0;
        await Parallel.ForEachAsync(due.GroupBy(d => d.SubscriptionId), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Parallelism), CancellationToken = ct },
            async (group, token) =>
            {
                foreach (var delivery in group)
                {
                    if (!await ClaimAsync(delivery, now, settings, token)) continue;
                    Interlocked.Increment(ref attempted);
                    var attempt = subscriptions.TryGetValue(group.Key, out var subscription)
                        ? await sender.SendAsync(subscription, delivery, token)
                        : new WebhookAttempt(false, null, "The subscription was deleted");
                    await RecordAsync(delivery, attempt, settings, subscription?.Url, token);
                }
            });
        return attempted;
    }

    /// <summary>How long until the earliest pending delivery is due (zero when one is due now); null when none is pending.</summary>
    public async Task<TimeSpan?> NextDueInAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var next = await db.WebhookDeliveries.Where(d => d.State == WebhookDeliveryState.Pending)
            .OrderBy(d => d.NextAttemptAt).Select(d => (DateTime?)d.NextAttemptAt).FirstOrDefaultAsync(ct);
        if (next is null) return null;
        var wait = next.Value - time.GetUtcNow().UtcDateTime;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    private async Task<bool> ClaimAsync(WebhookDelivery delivery, DateTime now, WebhookOptions settings, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var observed = delivery.NextAttemptAt;
        var claimedUntil = now + settings.ClaimTimeout;
        var rows = await db.WebhookDeliveries
            .Where(d => d.Id == delivery.Id && d.State == WebhookDeliveryState.Pending && d.NextAttemptAt == observed)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, claimedUntil).SetProperty(d => d.Attempts, d => d.Attempts + 1), ct);
        return rows == 1;
    }

    private async Task RecordAsync(WebhookDelivery delivery, WebhookAttempt attempt, WebhookOptions settings, string? url, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == delivery.Id, ct);
        if (row is null) return; // the subscription was deleted meanwhile
        // Redelivered meanwhile (RetryAsync reset it to a fresh Pending): the new attempt records itself.
        if (row.State != WebhookDeliveryState.Pending || row.Attempts != delivery.Attempts + 1) return;
        row.LastAttemptAt = now;
        row.LastStatusCode = attempt.StatusCode;
        Action report;
        if (attempt.Delivered)
        {
            row.State = WebhookDeliveryState.Delivered;
            row.DeliveredAt = now;
            row.LastError = null;
            report = () => logger.LogInformation("Webhook delivery {DeliveryId} ({EventType}) delivered to {Url} on attempt {Attempt}", row.Id, row.EventType, url, row.Attempts);
        }
        else
        {
            var error = attempt.Error ?? "failed";
            row.LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
            if (row.Attempts >= settings.MaxAttempts)
            {
                row.State = WebhookDeliveryState.Failed;
                report = () => logger.LogWarning("Webhook delivery {DeliveryId} ({EventType}) to {Url} failed after {Attempts} attempts: {Error}", row.Id, row.EventType, url, row.Attempts, error);
            }
            else
            {
                row.NextAttemptAt = now + settings.RetryDelay(row.Attempts);
                report = () => logger.LogInformation("Webhook delivery {DeliveryId} attempt {Attempt} to {Url} failed, retry at {RetryAt}: {Error}", row.Id, row.Attempts, url, row.NextAttemptAt, error);
            }
        }
        // Said once stored: whoever reads the log (an admin, a test) and redelivers must find the row as the log says.
        await db.SaveChangesAsync(ct);
        report();
    }
}
