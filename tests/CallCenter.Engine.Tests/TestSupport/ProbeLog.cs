using System.Collections.Concurrent;

namespace CallCenter.Engine.Tests.TestSupport;

/// <summary>Records every execution of a <see cref="Probe"/> activity, so tests can see what ran, how often, and wait for it.</summary>
public sealed class ProbeLog
{
    private readonly ConcurrentQueue<ProbeHit> _hits = new();
    private readonly List<(Func<bool> Done, TaskCompletionSource Signal)> _waiters = [];

    public sealed record ProbeHit(string Name, string InstanceId, object? Value);

    public IReadOnlyList<ProbeHit> Hits => [.. _hits];

    public int Count(string name) => _hits.Count(h => h.Name == name);

    public int Count(string name, string instanceId) => _hits.Count(h => h.Name == name && h.InstanceId == instanceId);

    internal void Record(ProbeHit hit)
    {
        _hits.Enqueue(hit);
        lock (_waiters)
        {
            foreach (var waiter in _waiters.ToList())
            {
                if (!waiter.Done()) continue;
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>Completes once the named probe has run at least <paramref name="count"/> times; fails after the timeout.</summary>
    public Task WaitForAsync(string name, int count = 1, TimeSpan? timeout = null)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            if (Count(name) >= count) return Task.CompletedTask;
            _waiters.Add((() => Count(name) >= count, signal));
        }
        return signal.Task.WaitAsync(timeout ?? EngineHost.DefaultTimeout);
    }
}
