using System.Threading.Channels;

namespace CallCenter.Domain.Acd;

/// <summary>
/// The ACD's events as a channel, for consumers that work asynchronously (the queue_events writer, SignalR pushes):
/// subscribes on creation, and <c>await foreach (var e in channel.Reader.ReadAllAsync(ct))</c> reads them in order.
/// Unbounded, so the ACD never waits for a slow reader; dispose to unsubscribe and complete the reader.
/// </summary>
public sealed class AcdEventChannel : IAcdObserver, IDisposable
{
    private readonly Channel<AcdEvent> _channel = Channel.CreateUnbounded<AcdEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IDisposable _subscription;

    /// <summary>Subscribes to <paramref name="acd"/>: every later event is written to <see cref="Reader"/>.</summary>
    public AcdEventChannel(IAcd acd)
    {
        ArgumentNullException.ThrowIfNull(acd);
        _subscription = acd.Subscribe(this);
    }

    /// <summary>The events, in the ACD's order.</summary>
    public ChannelReader<AcdEvent> Reader => _channel.Reader;

    /// <inheritdoc />
    public void OnEvent(AcdEvent acdEvent) => _channel.Writer.TryWrite(acdEvent);

    /// <summary>Unsubscribes and completes the reader once the events already written are read.</summary>
    public void Dispose()
    {
        _subscription.Dispose();
        _channel.Writer.TryComplete();
    }
}
