using CallCenter.Domain.Reports;

namespace CallCenter.Domain.Tests.Reports;

public sealed class ReportPeriodTests
{
    private static readonly DateOnly Wednesday = new(2026, 11, 25);

    [Theory]
    [InlineData(ReportPreset.Today, "2026-11-25", "2026-11-25")]
    [InlineData(ReportPreset.Yesterday, "2026-11-24", "2026-11-24")]
    [InlineData(ReportPreset.ThisWeek, "2026-11-23", "2026-11-25")]
    [InlineData(ReportPreset.LastWeek, "2026-11-16", "2026-11-22")]
    [InlineData(ReportPreset.ThisMonth, "2026-11-01", "2026-11-25")]
    [InlineData(ReportPreset.LastMonth, "2026-10-01", "2026-10-31")]
    [InlineData(ReportPreset.ThisYear, "2026-01-01", "2026-11-25")]
    public void Presets_cover_local_dates_with_Monday_first_weeks(ReportPreset preset, string from, string to)
    {
        var filter = ReportFilter.ForPreset(preset, Wednesday);

        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), (filter.From, filter.To));
    }

    [Fact]
    public void Previous_and_last_year_periods_keep_the_length()
    {
        var week = new ReportFilter(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22)) { Queue = "hotline" };

        Assert.Equal(new ReportFilter(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 15)) { Queue = "hotline" }, week.Previous());
        Assert.Equal((new DateOnly(2025, 11, 16), new DateOnly(2025, 11, 22)), (week.SamePeriodLastYear().From, week.SamePeriodLastYear().To));
    }

    [Fact]
    public void A_Shanghai_day_is_16_00_to_16_00_UTC_in_one_offset_segment()
    {
        var period = ReportPeriod.Of(new ReportFilter(Wednesday, Wednesday), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));

        Assert.Equal(new DateTime(2026, 11, 24, 16, 0, 0, DateTimeKind.Utc), period.StartUtc);
        Assert.Equal(new DateTime(2026, 11, 25, 16, 0, 0, DateTimeKind.Utc), period.EndUtc);
        Assert.Equal(TimeSpan.FromHours(8), Assert.Single(period.Segments).Offset);
    }

    [Fact]
    public void A_DST_change_splits_the_period_where_the_offset_changes()
    {
        // New York springs forward on 2026-03-08 at 02:00 EST (07:00 UTC): a 23-hour local day.
        var day = new DateOnly(2026, 3, 8);
        var period = ReportPeriod.Of(new ReportFilter(day, day), TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        Assert.Equal(23, (period.EndUtc - period.StartUtc).TotalHours);
        Assert.Equal([(new DateTime(2026, 3, 8, 7, 0, 0), TimeSpan.FromHours(-5)), (new DateTime(2026, 3, 9, 4, 0, 0), TimeSpan.FromHours(-4))],
            period.Segments.Select(s => (s.EndUtc, s.Offset)).ToList());
    }
}
