using CallCenter.Engine.Options;
using Microsoft.Extensions.Options;
using Quartz;

namespace CallCenter.Domain.Reports.Schedules;

/// <summary>
/// Keeps one durable Quartz job per report subscription (group <see cref="Group"/>, in the persistent store, so it survives
/// restarts) with a cron trigger in the center's time zone while the subscription is enabled. A run missed while the
/// portal was down fires once when it is back (never as a burst).
/// </summary>
public sealed class ReportSubscriptionScheduler(ISchedulerFactory factory, IOptions<EngineOptions> engine, TimeProvider time)
{
    /// <summary>The Quartz group of the report mail jobs and triggers.</summary>
    public const string Group = "report-mails";

    /// <summary>The job data key holding the subscription id.</summary>
    public const string SubscriptionIdKey = "subscriptionId";

    private readonly TimeZoneInfo _zone = engine.Value.ResolveTimeZone();

    public static JobKey JobOf(long subscriptionId) => new($"subscription-{subscriptionId}", Group);

    public static TriggerKey TriggerOf(long subscriptionId) => new($"subscription-{subscriptionId}", Group);

    /// <summary>(Re)creates the job of <paramref name="subscription"/> and, when it is enabled, its cron trigger.</summary>
    public async Task ArmAsync(ReportSubscription subscription, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        var job = JobBuilder.Create<ReportSubscriptionJob>()
            .WithIdentity(JobOf(subscription.Id))
            .UsingJobData(SubscriptionIdKey, subscription.Id)
            .StoreDurably()
            .Build();
        await scheduler.AddJob(job, AddJobOptions.Replacing, ct);
        await scheduler.UnscheduleJob(TriggerOf(subscription.Id), ct);
        if (!subscription.Enabled) return;
        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(TriggerOf(subscription.Id))
            .ForJob(job)
            .WithCronSchedule(ReportScheduleCron.Of(subscription), c => c.InTimeZone(_zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(trigger, default, ct);
    }

    /// <summary>Removes the job and trigger of a deleted subscription.</summary>
    public async Task DisarmAsync(long subscriptionId, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        await scheduler.DeleteJob(JobOf(subscriptionId), ct);
    }

    /// <summary>The next scheduled run (UTC); null when disabled or not armed.</summary>
    public async Task<DateTimeOffset?> NextRunAsync(long subscriptionId, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        var trigger = await scheduler.GetTrigger(TriggerOf(subscriptionId), ct);
        return trigger?.NextFireTimeUtc;
    }

    /// <summary>Whether the subscription's job is in the store.</summary>
    public async Task<bool> IsArmedAsync(long subscriptionId, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        return await scheduler.Exists(JobOf(subscriptionId), ct);
    }
}
