using System.Globalization;

namespace CallCenter.Domain.Reports;

/// <summary>Rolls a local (day, hour) the database grouped by into a report bucket, and names it.</summary>
internal static class LocalBucket
{
    public static DateTime Start(ReportGranularity granularity, DateOnly firstDay, DateTime day, int hour) => granularity switch
    {
        ReportGranularity.Hour => firstDay.ToDateTime(new TimeOnly(hour, 0)),
        ReportGranularity.Day => day.Date,
        ReportGranularity.Week => day.Date.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        ReportGranularity.Month => new DateTime(day.Year, day.Month, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity)),
    };

    public static string Label(ReportGranularity granularity, DateTime start) => granularity switch
    {
        ReportGranularity.Hour => start.ToString("HH:00", CultureInfo.InvariantCulture) + "–" + start.AddHours(1).ToString("HH:00", CultureInfo.InvariantCulture),
        ReportGranularity.Day => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ReportGranularity.Week => ISOWeek.GetYear(start).ToString(CultureInfo.InvariantCulture) + "-W" + ISOWeek.GetWeekOfYear(start).ToString("00", CultureInfo.InvariantCulture),
        ReportGranularity.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity)),
    };
}
