using CallCenter.Engine.Models;
using CallCenter.Engine.Options;
using CallCenter.Engine.Runtime;
using Microsoft.Extensions.Options;
using Quartz;

namespace CallCenter.Engine.Timers.Quartz;

/// <summary>
/// Keeps one durable Quartz job per published flow that starts on a cron schedule. Each firing starts
/// the flow and arms the next occurrence (computed in the center's time zone); after downtime the
/// missed occurrence fires once, never as a burst.
/// </summary>
public sealed class CronTriggerScheduler(ISchedulerFactory factory, TimeProvider time, IOptions<EngineOptions> options) : IPublishListener
{
    private readonly TimeZoneInfo _zone = options.Value.ResolveTimeZone();

    public async Task OnPublishedAsync(WorkflowDefinition definition, IReadOnlyList<TriggerRecord> triggers, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct).ConfigureAwait(false);
        await scheduler.DeleteJob(QuartzJobKeys.Cron(definition.Id), ct).ConfigureAwait(false);
        foreach (var trigger in triggers)
            if (trigger.Type == Activities.Timer.TriggerType) await ArmAsync(trigger.DefinitionId, trigger.Key, time.GetUtcNow(), ct).ConfigureAwait(false);
    }

    /// <summary>Arms the next occurrence after <paramref name="after"/>; false when the schedule has none left.</summary>
    public async Task<bool> ArmAsync(string definitionId, string cron, DateTimeOffset after, CancellationToken ct)
    {
        if (Activities.Timer.TryParse(cron, out var expression) is not null) return false;
        var next = expression!.GetNextOccurrence(after, _zone);
        if (next is null) return false;
        var scheduler = await factory.GetScheduler(ct).ConfigureAwait(false);
        var job = JobBuilder.Create<StartCronFlowJob>()
            .WithIdentity(QuartzJobKeys.Cron(definitionId))
            .UsingJobData(QuartzJobKeys.DefinitionIdKey, definitionId)
            .UsingJobData(QuartzJobKeys.CronKey, cron)
            .Build();
        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(definitionId, QuartzJobKeys.CronGroup)
            .StartAt(next.Value)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, ct).ConfigureAwait(false);
        return true;
    }

    public async Task<bool> IsArmedAsync(string definitionId, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct).ConfigureAwait(false);
        return await scheduler.Exists(QuartzJobKeys.Cron(definitionId), ct).ConfigureAwait(false);
    }
}
