using System.Collections.Concurrent;
using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallCenter.Engine.Timers;

/// <summary>
/// Timers on the <see cref="TimeProvider"/> of this process, for the in-memory engine (tests,
/// simulator). Not durable: a restart forgets them; the database-backed engine uses Quartz instead.
/// </summary>
public sealed class InProcessBookmarkScheduler(IServiceProvider services, TimeProvider time, ILogger<InProcessBookmarkScheduler> logger) : IBookmarkScheduler, IDisposable
{
    private readonly ConcurrentDictionary<string, ITimer> _timers = new(StringComparer.Ordinal);

    public Task ScheduleAsync(Bookmark bookmark, CancellationToken ct = default)
    {
        var due = bookmark.ResumeAt!.Value - time.GetUtcNow();
        if (due < TimeSpan.Zero) due = TimeSpan.Zero;
        var timer = time.CreateTimer(Fire, bookmark.Id, due, Timeout.InfiniteTimeSpan);
        if (!_timers.TryAdd(bookmark.Id, timer)) timer.Dispose();
        return Task.CompletedTask;
    }

    public Task UnscheduleAsync(Bookmark bookmark, CancellationToken ct = default)
    {
        if (_timers.TryRemove(bookmark.Id, out var timer)) timer.Dispose();
        return Task.CompletedTask;
    }

    private void Fire(object? state) => _ = FireAsync((string)state!);

    private async Task FireAsync(string bookmarkId)
    {
        if (_timers.TryRemove(bookmarkId, out var timer)) await timer.DisposeAsync().ConfigureAwait(false);
        try
        {
            await services.GetRequiredService<IWorkflowRuntime>().ResumeAsync(bookmarkId).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Timer for bookmark {BookmarkId} failed to resume it", bookmarkId);
        }
    }

    public void Dispose()
    {
        foreach (var timer in _timers.Values) timer.Dispose();
        _timers.Clear();
    }
}
