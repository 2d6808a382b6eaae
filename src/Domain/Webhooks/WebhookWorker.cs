using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Webhooks;

/// <summary>
/// Runs the <see cref="WebhookDispatcher"/> in the background: woken by <see cref="WebhookSignal"/> when deliveries are
/// queued, else every <see cref="WebhookOptions.PollInterval"/>, and as soon as the earliest retry is due.
/// </summary>
public sealed class WebhookWorker(WebhookDispatcher dispatcher, WebhookSignal signal, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.PollInterval;
            try
            {
                // Drain: a full batch means more may be due right now.
                while (await dispatcher.DispatchDueAsync(stoppingToken) >= options.Value.BatchSize) { }
                if (await dispatcher.NextDueInAsync(stoppingToken) is { } next && next < wait) wait = next;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Webhook dispatch failed; retrying at the next poll");
            }
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
}
