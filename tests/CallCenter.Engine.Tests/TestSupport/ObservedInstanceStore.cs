using CallCenter.Engine.Models;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Persistence.InMemory;
using CallCenter.Engine.Serialization;

namespace CallCenter.Engine.Tests.TestSupport;

/// <summary>
/// The in-memory instance store made to behave like a database: loading yields and returns a copy
/// (variables through JSON), so two runs never share one object and races are as wide as with a real
/// store. Plus a way to wait until an instance has been saved in a given state (for runs started by
/// timers, which no test call awaits).
/// </summary>
public sealed class ObservedInstanceStore(InMemoryInstanceStore inner) : IInstanceStore
{
    private readonly List<(string InstanceId, Func<WorkflowInstance, bool> Condition, TaskCompletionSource<WorkflowInstance> Signal)> _waiters = [];

    /// <summary>Completes with the instance once a save leaves it satisfying <paramref name="condition"/> (or it already does).</summary>
    public async Task<WorkflowInstance> WaitForAsync(string instanceId, Func<WorkflowInstance, bool> condition, TimeSpan? timeout = null)
    {
        var signal = new TaskCompletionSource<WorkflowInstance>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters) _waiters.Add((instanceId, condition, signal));
        var current = await inner.LoadAsync(instanceId);
        if (current is not null && current.Revision > 0 && condition(current)) Notify(current);
        return await signal.Task.WaitAsync(timeout ?? EngineHost.DefaultTimeout);
    }

    public async Task SaveAsync(WorkflowInstance instance, IReadOnlyList<JournalEntry> journal, IReadOnlyList<Incident> incidents, CancellationToken ct = default)
    {
        await Task.Yield();
        await inner.SaveAsync(instance, journal, incidents, ct);
        Notify(instance);
    }

    private void Notify(WorkflowInstance instance)
    {
        lock (_waiters)
        {
            foreach (var waiter in _waiters.ToList())
            {
                if (waiter.InstanceId != instance.Id || !waiter.Condition(instance)) continue;
                waiter.Signal.TrySetResult(instance);
                _waiters.Remove(waiter);
            }
        }
    }

    public async Task<WorkflowInstance?> LoadAsync(string instanceId, CancellationToken ct = default)
    {
        await Task.Yield();
        var stored = await inner.LoadAsync(instanceId, ct);
        return stored is null ? null : Copy(stored);
    }

    private static WorkflowInstance Copy(WorkflowInstance stored) => stored.Clone();

    public Task<Bookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken ct = default) => inner.FindBookmarkAsync(bookmarkId, ct);
    public Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string type, string? correlationKey, CancellationToken ct = default) => inner.FindBookmarksAsync(type, correlationKey, ct);
    public Task<IReadOnlyList<Bookmark>> ListTimerBookmarksAsync(CancellationToken ct = default) => inner.ListTimerBookmarksAsync(ct);
    public Task<IReadOnlyList<WorkflowInstance>> QueryAsync(InstanceQuery query, CancellationToken ct = default) => inner.QueryAsync(query, ct);
    public Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string instanceId, CancellationToken ct = default) => inner.GetJournalAsync(instanceId, ct);
    public Task<IReadOnlyList<Incident>> GetIncidentsAsync(string instanceId, CancellationToken ct = default) => inner.GetIncidentsAsync(instanceId, ct);
}
