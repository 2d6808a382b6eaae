using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCenter.Domain.Reports.Schedules;

/// <summary>At start-up, arms any report subscription whose Quartz job is missing (a database restored without its qrtz_* rows, a crash between save and arm).</summary>
public sealed class ReportSubscriptionRecovery(ReportSubscriptionStore store, ILogger<ReportSubscriptionRecovery> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var rearmed = await store.RearmMissingAsync(cancellationToken);
        if (rearmed > 0) logger.LogWarning("Armed {Count} report subscription(s) that had no scheduled job", rearmed);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
