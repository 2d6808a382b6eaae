using CallCenter.Domain.Reports.Schedules;

namespace CallCenter.Domain.Tests.Reports.Schedules;

/// <summary>
/// The dates a scheduled report mail covers: a daily mail yesterday, a weekly one last Monday–Sunday, a monthly one last
/// month — across month and year ends, and counted in the center's day (Asia/Shanghai), not the UTC day.
/// </summary>
public sealed class ReportSchedulePeriodTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2026, 11, 26, 2026, 11, 25)]
    [InlineData(2026, 12, 1, 2026, 11, 30)] // month end
    [InlineData(2026, 1, 1, 2025, 12, 31)] // year end
    [InlineData(2028, 3, 1, 2028, 2, 29)] // leap day
    public void A_daily_mail_covers_yesterday(int y, int m, int d, int ey, int em, int ed)
    {
        Assert.Equal((D(ey, em, ed), D(ey, em, ed)), ReportSchedulePeriods.Covered(ReportFrequency.Daily, D(y, m, d)));
    }

    [Fact]
    public void A_weekly_mail_covers_last_monday_to_sunday_whatever_weekday_it_runs_on()
    {
        // Monday 2026-11-23 and Friday 2026-11-27 both cover the week of 16–22 November.
        Assert.Equal((D(2026, 11, 16), D(2026, 11, 22)), ReportSchedulePeriods.Covered(ReportFrequency.Weekly, D(2026, 11, 23)));
        Assert.Equal((D(2026, 11, 16), D(2026, 11, 22)), ReportSchedulePeriods.Covered(ReportFrequency.Weekly, D(2026, 11, 27)));
        // A Sunday run covers the week before its own.
        Assert.Equal((D(2026, 11, 16), D(2026, 11, 22)), ReportSchedulePeriods.Covered(ReportFrequency.Weekly, D(2026, 11, 29)));
        // Across the year end: Monday 2026-01-05 covers 2025-12-29 – 2026-01-04.
        Assert.Equal((D(2025, 12, 29), D(2026, 1, 4)), ReportSchedulePeriods.Covered(ReportFrequency.Weekly, D(2026, 1, 5)));
        // Across a month end: Monday 2026-12-07 covers 30 November – 6 December.
        Assert.Equal((D(2026, 11, 30), D(2026, 12, 6)), ReportSchedulePeriods.Covered(ReportFrequency.Weekly, D(2026, 12, 7)));
    }

    [Fact]
    public void A_monthly_mail_covers_the_whole_previous_month()
    {
        Assert.Equal((D(2026, 10, 1), D(2026, 10, 31)), ReportSchedulePeriods.Covered(ReportFrequency.Monthly, D(2026, 11, 1)));
        Assert.Equal((D(2026, 10, 1), D(2026, 10, 31)), ReportSchedulePeriods.Covered(ReportFrequency.Monthly, D(2026, 11, 28)));
        Assert.Equal((D(2025, 12, 1), D(2025, 12, 31)), ReportSchedulePeriods.Covered(ReportFrequency.Monthly, D(2026, 1, 5)));
        Assert.Equal((D(2026, 2, 1), D(2026, 2, 28)), ReportSchedulePeriods.Covered(ReportFrequency.Monthly, D(2026, 3, 1)));
        Assert.Equal((D(2028, 2, 1), D(2028, 2, 29)), ReportSchedulePeriods.Covered(ReportFrequency.Monthly, D(2028, 3, 1)));
    }

    [Fact]
    public void The_run_day_is_the_centers_local_day_not_the_UTC_day()
    {
        // 00:30 on 1 January in Shanghai is still 31 December in UTC: the daily mail covers 31 December, not the 30th.
        var justAfterMidnight = new DateTimeOffset(2025, 12, 31, 16, 30, 0, TimeSpan.Zero);
        Assert.Equal((D(2025, 12, 31), D(2025, 12, 31)), ReportSchedulePeriods.Covered(ReportFrequency.Daily, justAfterMidnight, Shanghai));
        // …and the monthly mail of 1 January covers December, the weekly one of Thursday 1 January the week of 22–28 December.
        Assert.Equal((D(2025, 12, 1), D(2025, 12, 31)), ReportSchedulePeriods.Covered(ReportFrequency.Monthly, justAfterMidnight, Shanghai));
        Assert.Equal((D(2025, 12, 22), D(2025, 12, 28)), ReportSchedulePeriods.Covered(ReportFrequency.Weekly, justAfterMidnight, Shanghai));
        // 23:30 on 31 March in Shanghai is 15:30 UTC the same day: a monthly mail then still covers February.
        Assert.Equal((D(2026, 2, 1), D(2026, 2, 28)), ReportSchedulePeriods.Covered(ReportFrequency.Monthly, new DateTimeOffset(2026, 3, 31, 15, 30, 0, TimeSpan.Zero), Shanghai));
    }

    [Fact]
    public void The_mail_names_the_report_and_its_period_in_the_subscriptions_language()
    {
        var filter = new CallCenter.Domain.Reports.ReportFilter(D(2026, 11, 16), D(2026, 11, 22)) { Queue = "hotline" };
        Assert.Equal("队列报表 2026-11-16 至 2026-11-22", ReportMailText.Subject("queue", filter, "zh-CN"));
        Assert.Equal("Queue report 2026-11-16 – 2026-11-22", ReportMailText.Subject("queue", filter, "en"));
        Assert.Equal("Queue report 2026-11-25", ReportMailText.Subject("queue", filter with { From = D(2026, 11, 25), To = D(2026, 11, 25) }, "en"));
        var body = ReportMailText.Body(new ReportSubscription { Report = "queue", Owner = "manager" }, filter, "en");
        Assert.Contains("2026-11-16 to 2026-11-22", body);
        Assert.Contains("Filters: queue hotline", body);
        Assert.Contains("筛选条件：队列 hotline", ReportMailText.Body(new ReportSubscription { Report = "queue", Owner = "manager" }, filter, "zh-CN"));
    }
}
