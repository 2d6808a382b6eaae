using System.Collections.Concurrent;
using CallCenter.Engine.Models;

namespace CallCenter.Engine.Persistence.InMemory;

/// <summary>
/// Instances kept in memory (tests, benchmarks, the simulator). Like a database it keeps its own
/// copy: a save stores a snapshot and a load returns a new copy, so a run that fails half-way
/// never leaves a half-changed instance behind.
/// </summary>
public sealed class InMemoryInstanceStore : IInstanceStore
{
    private readonly ConcurrentDictionary<string, Entry> _instances = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Bookmark> _bookmarks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Type, string Key), ConcurrentDictionary<string, Bookmark>> _bookmarksByKey = new();

    private sealed class Entry(WorkflowInstance instance)
    {
        public WorkflowInstance Instance = instance;
        public long Revision;
        public string[] BookmarkIds = [];
        public readonly List<JournalEntry> Journal = [];
        public readonly List<Incident> Incidents = [];
    }

    public Task<WorkflowInstance?> LoadAsync(string instanceId, CancellationToken ct = default)
    {
        if (!_instances.TryGetValue(instanceId, out var e)) return Task.FromResult<WorkflowInstance?>(null);
        lock (e) return Task.FromResult<WorkflowInstance?>(e.Instance.Clone());
    }

    public Task SaveAsync(WorkflowInstance instance, IReadOnlyList<JournalEntry> journal, IReadOnlyList<Incident> incidents, CancellationToken ct = default)
    {
        var snapshot = instance.Clone();
        var entry = _instances.GetOrAdd(instance.Id, _ => new Entry(snapshot));
        lock (entry)
        {
            if (entry.Revision != instance.Revision) throw new WorkflowConcurrencyException(instance.Id);
            snapshot.Revision = entry.Revision = ++instance.Revision;
            entry.Instance = snapshot;
            foreach (var id in entry.BookmarkIds)
                if (_bookmarks.TryRemove(id, out var old)) Unindex(old);
            var ids = new string[snapshot.Bookmarks.Count];
            for (var i = 0; i < ids.Length; i++)
            {
                var bookmark = snapshot.Bookmarks[i];
                ids[i] = bookmark.Id;
                _bookmarks[bookmark.Id] = bookmark;
                Index(bookmark);
            }
            entry.BookmarkIds = ids;
            entry.Journal.AddRange(journal);
            entry.Incidents.AddRange(incidents);
        }
        return Task.CompletedTask;
    }

    private void Index(Bookmark b)
    {
        lock (_bookmarksByKey)
        {
            var key = (b.Type, b.CorrelationKey ?? "");
            if (!_bookmarksByKey.TryGetValue(key, out var set)) _bookmarksByKey[key] = set = new(StringComparer.Ordinal);
            set[b.Id] = b;
        }
    }

    // Keys are often unique (a call id, an order id): drop a key's set once it is empty, or memory grows forever.
    private void Unindex(Bookmark b)
    {
        lock (_bookmarksByKey)
        {
            var key = (b.Type, b.CorrelationKey ?? "");
            if (_bookmarksByKey.TryGetValue(key, out var set) && set.TryRemove(b.Id, out _) && set.IsEmpty) _bookmarksByKey.TryRemove(key, out _);
        }
    }

    public Task<Bookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken ct = default) =>
        Task.FromResult(_bookmarks.GetValueOrDefault(bookmarkId)?.Clone());

    public Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string type, string? correlationKey, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<Bookmark>>(
            _bookmarksByKey.TryGetValue((type, correlationKey ?? ""), out var set) ? set.Values.Select(b => b.Clone()).ToList() : []);

    public Task<IReadOnlyList<Bookmark>> ListTimerBookmarksAsync(CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<Bookmark>>(_bookmarks.Values.Where(b => b.ResumeAt is not null).Select(b => b.Clone()).ToList());

    public Task<IReadOnlyList<WorkflowInstance>> QueryAsync(InstanceQuery query, CancellationToken ct = default)
    {
        IReadOnlyList<WorkflowInstance> list = _instances.Values.Select(e => e.Instance)
            .Where(i => (query.DefinitionId is null || i.DefinitionId == query.DefinitionId)
                && (query.Status is null || i.Status == query.Status)
                && (query.CorrelationId is null || i.CorrelationId == query.CorrelationId))
            .OrderByDescending(i => i.CreatedAt).Skip(query.Skip).Take(query.Take)
            .Select(i => i.Clone()).ToList();
        return Task.FromResult(list);
    }

    public Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string instanceId, CancellationToken ct = default)
    {
        if (!_instances.TryGetValue(instanceId, out var e)) return Task.FromResult<IReadOnlyList<JournalEntry>>([]);
        lock (e) return Task.FromResult<IReadOnlyList<JournalEntry>>([.. e.Journal]);
    }

    public Task<IReadOnlyList<Incident>> GetIncidentsAsync(string instanceId, CancellationToken ct = default)
    {
        if (!_instances.TryGetValue(instanceId, out var e)) return Task.FromResult<IReadOnlyList<Incident>>([]);
        lock (e) return Task.FromResult<IReadOnlyList<Incident>>([.. e.Incidents]);
    }
}
