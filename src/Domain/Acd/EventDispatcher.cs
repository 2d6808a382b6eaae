using Microsoft.Extensions.Logging;

namespace CallCenter.Domain.Acd;

/// <summary>
/// Delivers the ACD's events to observers in sequence order and outside the ACD's lock. Events are queued under the
/// ACD's lock (so queue order is decision order); whichever thread finds nobody delivering drains the queue, so an
/// observer that calls back into the ACD sees its new events follow, never overtake, the current one.
/// </summary>
internal sealed class EventDispatcher(ILogger logger)
{
    private readonly Lock _lock = new();
    private readonly Queue<AcdEvent> _pending = new();
    private IAcdObserver[] _observers = [];
    private bool _delivering;

    public void Enqueue(AcdEvent acdEvent)
    {
        lock (_lock) _pending.Enqueue(acdEvent);
    }

    public void Deliver()
    {
        lock (_lock)
        {
            if (_delivering || _pending.Count == 0) return;
            _delivering = true;
        }
        try
        {
            while (true)
            {
                AcdEvent? next;
                IAcdObserver[] observers;
                lock (_lock)
                {
                    if (!_pending.TryDequeue(out next))
                    {
                        _delivering = false;
                        return;
                    }
                    observers = _observers;
                }
                foreach (var observer in observers)
                {
                    try
                    {
                        observer.OnEvent(next);
                    }
                    catch (Exception ex)
                    {
                        logger.LogError(ex, "ACD observer {Observer} failed on event {Sequence} ({EventType})",
                            observer.GetType().Name, next.Sequence, next.GetType().Name);
                    }
                }
            }
        }
        catch
        {
            lock (_lock) _delivering = false;
            throw;
        }
    }

    public IDisposable Subscribe(IAcdObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        lock (_lock) _observers = [.. _observers, observer];
        return new Subscription(this, observer);
    }

    private void Unsubscribe(IAcdObserver observer)
    {
        lock (_lock) _observers = Array.FindAll(_observers, o => !ReferenceEquals(o, observer));
    }

    private sealed class Subscription(EventDispatcher dispatcher, IAcdObserver observer) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) dispatcher.Unsubscribe(observer);
        }
    }
}
