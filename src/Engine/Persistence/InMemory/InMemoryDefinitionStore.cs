using CallCenter.Engine.Models;
using CallCenter.Engine.Serialization;

namespace CallCenter.Engine.Persistence.InMemory;

/// <summary>Definitions kept in memory (tests, benchmarks, simulation). Stores copies, so callers cannot change stored versions.</summary>
public sealed class InMemoryDefinitionStore : IDefinitionStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string, int), (WorkflowDefinition Definition, DateTimeOffset At)> _versions = [];
    private readonly Dictionary<(string Type, string Key), List<TriggerRecord>> _triggers = [];
    private readonly TimeProvider _time;

    public InMemoryDefinitionStore(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    public Task<int> GetLatestVersionAsync(string definitionId, CancellationToken ct = default)
    {
        lock (_gate) return Task.FromResult(_versions.Keys.Where(k => k.Item1 == definitionId).Select(k => k.Item2).DefaultIfEmpty(0).Max());
    }

    public Task<WorkflowDefinition?> FindAsync(string definitionId, int version, CancellationToken ct = default)
    {
        lock (_gate) return Task.FromResult(_versions.TryGetValue((definitionId, version), out var v) ? WorkflowJson.Clone(v.Definition) : null);
    }

    public Task<WorkflowDefinition?> FindPublishedAsync(string definitionId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var hit = _versions.Values.Select(v => v.Definition).FirstOrDefault(d => d.Id == definitionId && d.IsPublished);
            return Task.FromResult(hit is null ? null : WorkflowJson.Clone(hit));
        }
    }

    public Task SaveDraftAsync(WorkflowDefinition definition, CancellationToken ct = default)
    {
        lock (_gate)
        {
            if (_versions.TryGetValue((definition.Id, definition.Version), out var existing) && existing.Definition.IsPublished)
                throw new InvalidOperationException($"Version {definition.Version} of '{definition.Id}' is published and cannot be changed");
            var copy = WorkflowJson.Clone(definition);
            copy.IsPublished = false;
            _versions[(definition.Id, definition.Version)] = (copy, _time.GetUtcNow());
        }
        return Task.CompletedTask;
    }

    public Task PublishAsync(WorkflowDefinition definition, IReadOnlyList<TriggerRecord> triggers, CancellationToken ct = default)
    {
        lock (_gate)
        {
            foreach (var v in _versions.Values)
                if (v.Definition.Id == definition.Id) v.Definition.IsPublished = false;
            var copy = WorkflowJson.Clone(definition);
            copy.IsPublished = true;
            _versions[(definition.Id, definition.Version)] = (copy, _time.GetUtcNow());
            foreach (var list in _triggers.Values) list.RemoveAll(t => t.DefinitionId == definition.Id);
            foreach (var trigger in triggers)
            {
                if (!_triggers.TryGetValue((trigger.Type, trigger.Key), out var list)) _triggers[(trigger.Type, trigger.Key)] = list = [];
                list.Add(trigger);
            }
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken ct = default)
    {
        lock (_gate)
        {
            IReadOnlyList<DefinitionSummary> list = _versions.Values
                .Select(v => new DefinitionSummary(v.Definition.Id, v.Definition.Name, v.Definition.Version, v.Definition.IsPublished, v.At))
                .OrderBy(s => s.Id, StringComparer.Ordinal).ThenBy(s => s.Version).ToList();
            return Task.FromResult(list);
        }
    }

    public Task<IReadOnlyList<DefinitionVersion>> ListVersionsAsync(string definitionId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            IReadOnlyList<DefinitionVersion> list = _versions.Values.Where(v => v.Definition.Id == definitionId)
                .OrderByDescending(v => v.Definition.Version)
                .Select(v => new DefinitionVersion(definitionId, v.Definition.Version, v.Definition.Name, v.Definition.IsPublished, v.At, v.Definition.ChangedBy, v.Definition.Note))
                .ToList();
            return Task.FromResult(list);
        }
    }

    public Task<bool> DeleteAsync(string definitionId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var keys = _versions.Keys.Where(k => k.Item1 == definitionId).ToList();
            foreach (var key in keys) _versions.Remove(key);
            foreach (var list in _triggers.Values) list.RemoveAll(t => t.DefinitionId == definitionId);
            return Task.FromResult(keys.Count > 0);
        }
    }

    public Task<IReadOnlyList<TriggerRecord>> FindTriggersAsync(string type, string key, CancellationToken ct = default)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<TriggerRecord>>(_triggers.TryGetValue((type, key), out var list) ? [.. list] : []);
    }

    public Task<IReadOnlyList<TriggerRecord>> ListTriggersAsync(string type, CancellationToken ct = default)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<TriggerRecord>>(_triggers.Where(e => e.Key.Type == type).SelectMany(e => e.Value).ToList());
    }
}
