using CallCenter.Engine.Runtime;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CallCenter.Engine.Timers.Quartz;

/// <summary>Starts a cron-triggered flow, then arms its next occurrence.</summary>
public sealed class StartCronFlowJob(IWorkflowRuntime runtime, CronTriggerScheduler cron, TimeProvider time, ILogger<StartCronFlowJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var definitionId = context.MergedJobDataMap.GetString(QuartzJobKeys.DefinitionIdKey)!;
        var expression = context.MergedJobDataMap.GetString(QuartzJobKeys.CronKey)!;
        var result = await runtime.StartAsync(definitionId, new StartOptions(CorrelationId: $"cron:{context.ScheduledFireTimeUtc:O}"), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Cron start of {DefinitionId}: {Outcome} {InstanceId}", definitionId, result.Outcome, result.InstanceId);
        var now = time.GetUtcNow();
        var after = context.ScheduledFireTimeUtc is { } scheduled && scheduled > now ? scheduled : now;
        await cron.ArmAsync(definitionId, expression, after, cancellationToken).ConfigureAwait(false);
    }
}
