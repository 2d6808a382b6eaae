namespace CallCenter.Domain.Reports.Rollups;

/// <summary>Configuration <c>Reports:Rollup</c>: how often <see cref="HourlyRollupWorker"/> folds new rows into the hourly report tables.</summary>
public sealed class HourlyRollupOptions
{
    public const string Section = "Reports:Rollup";

    /// <summary>Time between passes (default one minute). Reports stay exact in between: they read the rows not yet folded from the sources.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Shortest and longest interval the worker accepts (a configured value outside is clamped).</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(5), MaxInterval = TimeSpan.FromDays(1);

    /// <summary>
    /// PostgreSQL / SQL Server: how old a noted highest id must be before rows up to it are folded (writers that took
    /// lower ids have committed by then). Default 30 s.
    /// </summary>
    public TimeSpan CommitLag { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Off: no background passes (reports then read the sources alone, slower over long periods).</summary>
    public bool Enabled { get; set; } = true;
}
