namespace CallCenter.Domain.Reports.Schedules;

/// <summary>
/// The dates a scheduled mail covers, in the center's time zone: a daily mail covers yesterday, a weekly one last week
/// (Monday–Sunday, as the report pages' presets), a monthly one last month — each relative to the local day the mail runs.
/// </summary>
public static class ReportSchedulePeriods
{
    /// <summary>The local day of the run at <paramref name="at"/> in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDay(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>First and last day (both included) covered by a <paramref name="frequency"/> mail run on <paramref name="runDay"/>.</summary>
    public static (DateOnly From, DateOnly To) Covered(ReportFrequency frequency, DateOnly runDay)
    {
        var range = ReportFilter.ForPreset(frequency switch
        {
            ReportFrequency.Daily => ReportPreset.Yesterday,
            ReportFrequency.Weekly => ReportPreset.LastWeek,
            ReportFrequency.Monthly => ReportPreset.LastMonth,
            _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, null),
        }, runDay);
        return (range.From, range.To);
    }

    /// <summary>The dates covered by a run at <paramref name="at"/> (UTC or any offset) in <paramref name="zone"/>.</summary>
    public static (DateOnly From, DateOnly To) Covered(ReportFrequency frequency, DateTimeOffset at, TimeZoneInfo zone) =>
        Covered(frequency, LocalDay(at, zone));
}
