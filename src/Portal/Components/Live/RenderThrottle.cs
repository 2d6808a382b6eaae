namespace CallCenter.Portal.Components.Live;

/// <summary>
/// Coalesces bursts of "something changed" into at most one re-render per <c>interval</c> (a busy queue changes many
/// times a second; the browser needs a frame, not every event). The first change renders at once.
/// </summary>
public sealed class RenderThrottle(Func<Task> render, TimeSpan interval, TimeProvider time) : IDisposable
{
    private readonly Lock _lock = new();
    private bool _pending;
    private long _lastRender;
    private ITimer? _timer;

    public void Changed()
    {
        lock (_lock)
        {
            if (_pending) return;
            var since = time.GetElapsedTime(_lastRender);
            if (_lastRender == 0 || since >= interval)
            {
                _lastRender = time.GetTimestamp();
                _ = render();
                return;
            }
            _pending = true;
            _timer?.Dispose();
            _timer = time.CreateTimer(_ => Fire(), null, interval - since, Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire()
    {
        lock (_lock)
        {
            _pending = false;
            _lastRender = time.GetTimestamp();
        }
        _ = render();
    }

    public void Dispose()
    {
        lock (_lock) _timer?.Dispose();
    }
}
