namespace CallCenter.Domain.Messaging;

/// <summary>Outbox delivery settings (section <c>Messaging:Outbox</c>).</summary>
public sealed class OutboxOptions
{
    /// <summary>Attempts before a message is marked Failed. Default 5.</summary>
    public int MaxAttempts { get; set; } = 5;
    /// <summary>Wait after the first failure; doubled after each further one. Default 30 s.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Upper bound of the wait between attempts. Default 1 h.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How often the background dispatcher looks for due messages besides being woken by new ones. Default 10 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>How long an attempt may take before another dispatcher (or this one after a restart) may retry it. Default 2 min.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>Messages taken per round. Default 20.</summary>
    public int BatchSize { get; set; } = 20;
}
