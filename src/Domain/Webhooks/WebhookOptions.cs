using System.Globalization;

namespace CallCenter.Domain.Webhooks;

/// <summary>Webhook delivery settings (section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    /// <summary>Attempts before a delivery is marked Failed. Default 8.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>
    /// Seconds to wait after the 1st, 2nd, … failed attempt, comma-separated (fractions allowed); the last value repeats.
    /// Default <c>10,30,120,600,3600</c> (10 s, 30 s, 2 min, 10 min, then hourly).
    /// </summary>
    public string BackoffSeconds { get; set; } = "10,30,120,600,3600";

    /// <summary>How long an endpoint may take to answer before the attempt counts as failed. Default 10 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the worker looks for due deliveries besides being woken by new ones. Default 10 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an attempt may be in progress before another worker (or this one after a restart) may retry it. Default 2 min.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Deliveries taken per round. Default 50.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Endpoints (subscriptions) sent to at the same time; one subscription's deliveries go one after another. Default 4.</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>
    /// Days a delivered delivery is kept after its delivery, and a failed one after its last attempt, before the worker
    /// deletes it from the log; pending ones are always kept. 0 keeps everything. Default 30. Read at each sweep, so a
    /// change of configuration applies without a restart.
    /// </summary>
    public int DeliveryRetentionDays { get; set; } = 30;

    /// <summary>How often the worker deletes expired deliveries (also once at start and when the configuration changes). Default 1 h.</summary>
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var steps = ParseBackoff();
        return TimeSpan.FromSeconds(steps[Math.Clamp(attempts - 1, 0, steps.Length - 1)]);
    }

    private double[] ParseBackoff()
    {
        var steps = BackoffSeconds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 ? v : throw new InvalidOperationException(
                $"Webhooks:BackoffSeconds must be comma-separated seconds, e.g. 10,30,120; '{s}' is not a number of seconds."))
            .ToArray();
        return steps.Length > 0 ? steps : [10];
    }
}
