using CallCenter.Engine.Models;
using Quartz;

namespace CallCenter.Engine.Timers.Quartz;

/// <summary>
/// Durable timers: one Quartz job per timer bookmark in the persistent job store, so a timer armed
/// before a restart fires after it (once: the job is keyed by bookmark id and resuming is idempotent).
/// </summary>
public sealed class QuartzBookmarkScheduler(ISchedulerFactory factory, TimeProvider time) : IBookmarkScheduler
{
    public async Task ScheduleAsync(Bookmark bookmark, CancellationToken ct = default)
    {
        var scheduler = await factory.GetScheduler(ct).ConfigureAwait(false);
        var key = QuartzJobKeys.Bookmark(bookmark.Id);
        var job = JobBuilder.Create<ResumeBookmarkJob>()
            .WithIdentity(key)
            .UsingJobData(QuartzJobKeys.BookmarkIdKey, bookmark.Id)
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(bookmark.Id, QuartzJobKeys.BookmarkGroup)
            .StartAt(bookmark.ResumeAt!.Value)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, ct).ConfigureAwait(false);
    }

    public async Task UnscheduleAsync(Bookmark bookmark, CancellationToken ct = default)
    {
        var scheduler = await factory.GetScheduler(ct).ConfigureAwait(false);
        await scheduler.DeleteJob(QuartzJobKeys.Bookmark(bookmark.Id), ct).ConfigureAwait(false);
    }
}
