namespace CallCenter.Domain.Reports;

/// <summary>The date ranges a report page offers with one click; weeks start on Monday (as in China), all in the center's time zone.</summary>
public enum ReportPreset
{
    Today,
    Yesterday,
    ThisWeek,
    LastWeek,
    ThisMonth,
    LastMonth,
    ThisYear,
}
