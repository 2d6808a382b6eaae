using System.Globalization;

namespace CallCenter.Domain.Reports.Schedules;

/// <summary>
/// The Quartz cron expression of a subscription (seconds minutes hours day-of-month month day-of-week), read in the center's
/// time zone: daily <c>0 30 8 * * ?</c>, weekly <c>0 30 8 ? * MON</c>, monthly <c>0 30 8 5 * ?</c>.
/// </summary>
public static class ReportScheduleCron
{
    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static string Of(ReportSubscription subscription)
    {
        var time = string.Create(CultureInfo.InvariantCulture, $"0 {subscription.TimeOfDay.Minute} {subscription.TimeOfDay.Hour}");
        return subscription.Frequency switch
        {
            ReportFrequency.Daily => $"{time} * * ?",
            ReportFrequency.Weekly => $"{time} ? * {Days[(int)subscription.DayOfWeek]}",
            ReportFrequency.Monthly => string.Create(CultureInfo.InvariantCulture, $"{time} {subscription.DayOfMonth} * ?"),
            _ => throw new ArgumentOutOfRangeException(nameof(subscription), subscription.Frequency, null),
        };
    }
}
