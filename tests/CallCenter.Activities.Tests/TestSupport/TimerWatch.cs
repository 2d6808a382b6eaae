using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Activities.Tests.TestSupport;

/// <summary>
/// The test's <see cref="FakeTimeProvider"/> seen through a window that tells when a timer is armed, so a test can wait
/// until something waits on the fake clock (a prompt playing its length, a menu waiting for a key) before advancing it.
/// </summary>
public sealed class TimerWatch(FakeTimeProvider inner) : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<TimeSpan> _armed = [];
    private readonly List<(TimeSpan Due, int Count, TaskCompletionSource Signal)> _waiters = [];

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = inner.CreateTimer(callback, state, dueTime, period);
        lock (_lock)
        {
            _armed.Add(dueTime);
            foreach (var waiter in _waiters.ToList())
            {
                if (Count(waiter.Due) < waiter.Count) continue;
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
        return timer;
    }

    /// <summary>Completes once <paramref name="count"/> timers of <paramref name="due"/> have been armed in all.</summary>
    public Task WaitForTimerAsync(TimeSpan due, int count = 1)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (Count(due) >= count) return Task.CompletedTask;
            _waiters.Add((due, count, signal));
        }
        return signal.Task.WaitAsync(CallFlows.Timeout);
    }

    /// <summary>Waits until a timer of <paramref name="due"/> is armed (the <paramref name="count"/>th in all), then moves the clock by it.</summary>
    public async Task AdvanceWhenArmedAsync(TimeSpan due, int count = 1)
    {
        await WaitForTimerAsync(due, count);
        inner.Advance(due);
    }

    private int Count(TimeSpan due) => _armed.Count(d => d == due);
}
