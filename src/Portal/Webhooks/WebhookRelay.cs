using System.Threading.Channels;
using CallCenter.Domain.Webhooks;
using CallCenter.Portal.Cti;

namespace CallCenter.Portal.Webhooks;

/// <summary>
/// Feeds webhooks from the CTI stream: each <see cref="CtiEvent"/> becomes a <see cref="WebhookEnvelope"/> handed to a
/// channel (the CTI loop never waits for the database), and one background loop queues it in the
/// <see cref="WebhookStore"/> for every subscription that wants it; the <see cref="WebhookWorker"/> sends it.
/// </summary>
public sealed class WebhookRelay(CtiEvents events, WebhookStore store, ILogger<WebhookRelay> logger) : BackgroundService
{
    private readonly Channel<WebhookEnvelope> _inbox = Channel.CreateUnbounded<WebhookEnvelope>(new UnboundedChannelOptions { SingleReader = true });
    private IDisposable? _subscription;

    /// <summary>Envelopes handed over and not yet queued.</summary>
    public int Pending => _inbox.Reader.Count;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = events.Subscribe(OnEvent);
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        _inbox.Writer.TryComplete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    private ValueTask OnEvent(CtiEvent ctiEvent)
    {
        if (WebhookEnvelope.From(ctiEvent) is { } envelope) _inbox.Writer.TryWrite(envelope);
        return ValueTask.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var envelope in _inbox.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    var queued = await store.EnqueueAsync(envelope.Type, envelope.Id, envelope.ToJson(), stoppingToken).ConfigureAwait(false);
                    if (queued > 0) logger.LogDebug("Webhook event {EventId} ({EventType}) queued for {Count} endpoint(s)", envelope.Id, envelope.Type, queued);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(ex, "Webhook event {EventId} ({EventType}) could not be queued", envelope.Id, envelope.Type);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
