using CallCenter.Engine.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CallCenter.Engine.Timers.Quartz;

/// <summary>
/// At start-up, re-arms any timer bookmark or cron trigger that has no Quartz job (e.g. the process
/// died between saving an instance and arming its timer), so no timer is ever lost.
/// </summary>
public sealed class TimerRecoveryService(IInstanceStore instances, IDefinitionStore definitions, ISchedulerFactory factory,
    IBookmarkScheduler timers, CronTriggerScheduler cron, TimeProvider time, ILogger<TimerRecoveryService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken).ConfigureAwait(false);
        var rearmed = 0;
        foreach (var bookmark in await instances.ListTimerBookmarksAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await scheduler.Exists(QuartzJobKeys.Bookmark(bookmark.Id), cancellationToken).ConfigureAwait(false)) continue;
            await timers.ScheduleAsync(bookmark, cancellationToken).ConfigureAwait(false);
            rearmed++;
        }
        foreach (var trigger in await definitions.ListTriggersAsync(Activities.Timer.TriggerType, cancellationToken).ConfigureAwait(false))
        {
            if (await cron.IsArmedAsync(trigger.DefinitionId, cancellationToken).ConfigureAwait(false)) continue;
            if (await cron.ArmAsync(trigger.DefinitionId, trigger.Key, time.GetUtcNow(), cancellationToken).ConfigureAwait(false)) rearmed++;
        }
        if (rearmed > 0) logger.LogWarning("Re-armed {Count} timer(s) that had no scheduled job", rearmed);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
