using System.Collections.Concurrent;
using CallCenter.Engine.Models;

namespace CallCenter.Engine.Runtime;

/// <summary>
/// Suspended instances this process saved last, kept in memory so that resuming a live call does not
/// reload it. An entry is taken out while a run uses it and put back only after a successful save, so
/// a failed run never leaves a half-changed copy behind. Another node saving the same instance makes
/// the next save here fail its revision check; the runtime then reloads from the store.
/// </summary>
public sealed class HotInstances(int capacity)
{
    private readonly ConcurrentDictionary<string, WorkflowInstance> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public WorkflowInstance? Take(string instanceId) => _entries.TryRemove(instanceId, out var instance) ? instance : null;

    public void Remove(string instanceId) => _entries.TryRemove(instanceId, out _);

    /// <summary>Keeps a suspended instance; ended ones and those over capacity are not kept (they reload).</summary>
    public void Keep(WorkflowInstance instance)
    {
        if (instance.Status != WorkflowStatus.Suspended || capacity <= 0) { _entries.TryRemove(instance.Id, out _); return; }
        if (_entries.Count >= capacity && !_entries.ContainsKey(instance.Id)) return;
        _entries[instance.Id] = instance;
    }
}
