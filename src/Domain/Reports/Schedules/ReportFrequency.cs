namespace CallCenter.Domain.Reports.Schedules;

/// <summary>How often a subscribed report is mailed, and so which period each mail covers.</summary>
public enum ReportFrequency
{
    /// <summary>Every day at the chosen time, covering yesterday.</summary>
    Daily,
    /// <summary>Every week on the chosen weekday, covering last week (Monday–Sunday).</summary>
    Weekly,
    /// <summary>Every month on the chosen day (1–28), covering last month.</summary>
    Monthly,
}
