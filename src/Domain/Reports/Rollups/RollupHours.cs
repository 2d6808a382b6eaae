namespace CallCenter.Domain.Reports.Rollups;

/// <summary>Hour arithmetic shared by the folders and the reports that read the hourly tables.</summary>
public static class RollupHours
{
    /// <summary>The first instant of <paramref name="at"/>'s hour, as UTC.</summary>
    public static DateTime HourOf(DateTime at) => new(at.Ticks - (at.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);

    /// <summary>
    /// Whether a report over <paramref name="period"/> can be added up from UTC hours: every offset of the zone in the
    /// period is a whole number of hours (Asia/Shanghai, Europe, the Americas…). India (+05:30), Nepal (+05:45) and the
    /// like cut UTC hours in two; their reports read the source tables.
    /// </summary>
    public static bool Cover(ReportPeriod period) => period.Segments.All(s => s.OffsetSeconds % 3600 == 0);
}
