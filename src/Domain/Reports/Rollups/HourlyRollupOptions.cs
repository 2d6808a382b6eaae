namespace CallCenter.Domain.Reports.Rollups;

/// <summary>Configuration <c>Reports:Rollup</c>: how often <see cref="HourlyRollupWorker"/> folds new rows into the hourly report tables.</summary>
public sealed class HourlyRollupOptions
{
    public const string Section = "Reports:Rollup";

    /// <summary>Time between passes (default one minute). Reports stay exact in between: they read the rows not yet folded from the sources.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Off: no background passes (reports then read the sources alone, slower over long periods).</summary>
    public bool Enabled { get; set; } = true;
}
