using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace CallCenter.Portal.Health;

/// <summary>Healthy when the Quartz scheduler (durable timers) is running (started, not in standby, not shut down).</summary>
public sealed class QuartzHealthCheck(ISchedulerFactory factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy($"{scheduler.SchedulerName} running")
            : HealthCheckResult.Unhealthy($"The scheduler is {status}");
    }
}
