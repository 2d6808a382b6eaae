using CallCenter.Engine.Models;

namespace CallCenter.Engine.Timers;

/// <summary>Arms and disarms the timers that resume bookmarks with a <see cref="Bookmark.ResumeAt"/>.</summary>
public interface IBookmarkScheduler
{
    /// <summary>Arms a timer; arming the same bookmark twice keeps one timer.</summary>
    Task ScheduleAsync(Bookmark bookmark, CancellationToken ct = default);
    Task UnscheduleAsync(Bookmark bookmark, CancellationToken ct = default);
}
