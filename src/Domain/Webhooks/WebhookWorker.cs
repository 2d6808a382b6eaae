using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Webhooks;

/// <summary>
/// Runs the <see cref="WebhookDispatcher"/> in the background: woken by <see cref="WebhookSignal"/> when deliveries are
/// queued, else every <see cref="WebhookOptions.PollInterval"/>, and as soon as the earliest retry is due. Also keeps the
/// delivery log short: at start, every <see cref="WebhookOptions.RetentionSweepInterval"/> and when the configuration
/// changes, it deletes deliveries older than <see cref="WebhookOptions.DeliveryRetentionDays"/>
/// (<see cref="WebhookStore.PurgeDeliveriesAsync"/>; the options are read at each sweep through <see cref="IOptionsMonitor{T}"/>).
/// </summary>
public sealed class WebhookWorker(
    WebhookDispatcher dispatcher,
    WebhookStore store,
    WebhookSignal signal,
    IOptionsMonitor<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookWorker> logger) : BackgroundService
{
    private int _sweepRequested = 1; // at start

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var onChange = options.OnChange(_ =>
        {
            Interlocked.Exchange(ref _sweepRequested, 1);
            signal.Notify();
        });
        var nextSweep = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var settings = options.CurrentValue;
            var wait = settings.PollInterval;
            try
            {
                if (Interlocked.Exchange(ref _sweepRequested, 0) == 1 || time.GetUtcNow() >= nextSweep)
                {
                    nextSweep = time.GetUtcNow() + settings.RetentionSweepInterval;
                    await SweepAsync(settings, stoppingToken);
                }
                // Drain: a full batch means more may be due right now.
                while (await dispatcher.DispatchDueAsync(stoppingToken) >= settings.BatchSize) { }
                if (await dispatcher.NextDueInAsync(stoppingToken) is { } next && next < wait) wait = next;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Webhook dispatch failed; retrying at the next poll");
            }
            var untilSweep = nextSweep - time.GetUtcNow();
            if (untilSweep < wait) wait = untilSweep > TimeSpan.Zero ? untilSweep : TimeSpan.Zero;
            try
            {
                await signal.WaitAsync(wait, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task SweepAsync(WebhookOptions settings, CancellationToken ct)
    {
        var purged = await store.PurgeDeliveriesAsync(settings.DeliveryRetentionDays, ct);
        if (purged > 0)
            logger.LogInformation("Webhook log: deleted {Count} deliveries older than {Days} days", purged, settings.DeliveryRetentionDays);
        Swept?.Invoke(purged);
    }

    /// <summary>Raised after each retention sweep with how many deliveries it deleted (tests await it).</summary>
    public event Action<int>? Swept;
}
