namespace CallCenter.Portal.Cti;

/// <summary>
/// The in-process stream of <see cref="CtiEvent"/>s (offers with their screen pop, answers, misses, ends, agent state
/// changes) for the Blazor desk and wallboard: <c>using var s = events.Subscribe(e => …)</c>. Handlers are awaited one
/// after another on the relay's loop, in event order; keep them quick (e.g. <c>InvokeAsync(StateHasChanged)</c>) —
/// a slow one delays the next event for everyone. One that throws is logged and does not stop the others.
/// </summary>
public sealed class CtiEvents(ILogger<CtiEvents> logger)
{
    private readonly Lock _lock = new();
    private Func<CtiEvent, ValueTask>[] _handlers = [];

    /// <summary>Subscribers now.</summary>
    public int Count => Volatile.Read(ref _handlers).Length;

    /// <summary>Calls <paramref name="handler"/> for every event from now on, until the handle is disposed.</summary>
    public IDisposable Subscribe(Func<CtiEvent, ValueTask> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_lock) _handlers = [.. _handlers, handler];
        return new Subscription(this, handler);
    }

    /// <summary>Delivers <paramref name="ctiEvent"/> to every subscriber (the relay calls this).</summary>
    public async ValueTask PublishAsync(CtiEvent ctiEvent)
    {
        foreach (var handler in Volatile.Read(ref _handlers))
        {
            try
            {
                await handler(ctiEvent).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "A CTI event subscriber failed on {EventType} for agent {AgentId}", ctiEvent.GetType().Name, ctiEvent.AgentId);
            }
        }
    }

    private void Unsubscribe(Func<CtiEvent, ValueTask> handler)
    {
        lock (_lock) _handlers = Array.FindAll(_handlers, h => h != handler);
    }

    private sealed class Subscription(CtiEvents owner, Func<CtiEvent, ValueTask> handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Unsubscribe(handler);
        }
    }
}
