namespace CallCenter.Domain.Reports;

/// <summary>The time buckets of a traffic report: local hour of the day, local day, ISO week (Monday first) or month.</summary>
public enum ReportGranularity
{
    Hour,
    Day,
    Week,
    Month,
}
