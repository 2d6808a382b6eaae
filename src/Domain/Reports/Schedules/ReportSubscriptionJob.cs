using Quartz;

namespace CallCenter.Domain.Reports.Schedules;

/// <summary>The Quartz job of one report subscription: runs <see cref="ReportMailing"/> for the scheduled time (never throws into the scheduler).</summary>
[DisallowConcurrentExecution]
public sealed class ReportSubscriptionJob(ReportMailing mailing) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var id = context.MergedJobDataMap.GetLong(ReportSubscriptionScheduler.SubscriptionIdKey);
        // A run fired by hand (scheduler.TriggerJob) has no scheduled time: it covers the period before now.
        var at = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        await mailing.RunAsync(id, at, manual: context.Trigger.Key.Group != ReportSubscriptionScheduler.Group, cancellationToken);
    }
}
