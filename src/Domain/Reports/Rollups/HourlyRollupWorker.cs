using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// Runs a <see cref="HourlyRollup"/> pass at start and then every <see cref="HourlyRollupOptions.Interval"/> (the first
/// pass back-fills a database that has none). A failed pass is logged and the next one retries; the worker never stops
/// the host.
/// </summary>
public sealed class HourlyRollupWorker(HourlyRollup rollup, IOptionsMonitor<HourlyRollupOptions> options, TimeProvider time, ILogger<HourlyRollupWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var settings = options.CurrentValue;
            if (settings.Enabled)
            {
                try
                {
                    await rollup.FoldAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // A concurrent pass (another Portal) or a passing database error: the next pass resumes from the mark.
                    log.LogWarning(ex, "Folding report rows into the hourly tables failed; retrying at the next pass");
                }
            }
            // A configured interval out of range (zero, negative, months) is clamped rather than spinning or throwing.
            var interval = settings.Interval < HourlyRollupOptions.MinInterval ? HourlyRollupOptions.MinInterval
                : settings.Interval > HourlyRollupOptions.MaxInterval ? HourlyRollupOptions.MaxInterval : settings.Interval;
            try
            {
                await Task.Delay(interval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
