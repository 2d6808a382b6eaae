using CallCenter.Engine.Models;

namespace CallCenter.Engine.Persistence;

/// <summary>Instances with their bookmarks, journal and incidents.</summary>
public interface IInstanceStore
{
    Task<WorkflowInstance?> LoadAsync(string instanceId, CancellationToken ct = default);
    /// <summary>
    /// Saves the instance, replaces its bookmarks and appends journal and incidents in one transaction.
    /// Throws <see cref="WorkflowConcurrencyException"/> when the stored revision is not the instance's.
    /// On success the instance's revision is incremented.
    /// </summary>
    Task SaveAsync(WorkflowInstance instance, IReadOnlyList<JournalEntry> journal, IReadOnlyList<Incident> incidents, CancellationToken ct = default);
    Task<Bookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken ct = default);
    Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string type, string? correlationKey, CancellationToken ct = default);
    /// <summary>Every bookmark a timer resumes (for re-arming timers at start-up).</summary>
    Task<IReadOnlyList<Bookmark>> ListTimerBookmarksAsync(CancellationToken ct = default);
    Task<IReadOnlyList<WorkflowInstance>> QueryAsync(InstanceQuery query, CancellationToken ct = default);
    Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string instanceId, CancellationToken ct = default);
    Task<IReadOnlyList<Incident>> GetIncidentsAsync(string instanceId, CancellationToken ct = default);
}
