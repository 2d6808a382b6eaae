using CallCenter.Domain.Calendars;
using CallCenter.Domain.Seeding;
using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Calendars;

/// <summary>The seeded "12345" calendar (Mon–Fri 08:30–12:00, 13:30–17:30, 2026 holidays) read from a real SQLite file.</summary>
public sealed class BusinessHoursServiceTests : IAsyncLifetime
{
    private DomainDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await DomainDatabase.SqliteAsync();
        await using var context = await _db.ContextAsync();
        context.BusinessCalendars.Add(DemoIvrData.HotlineCalendar("12345"));
        context.BusinessCalendars.Add(new BusinessCalendar { Name = "night", Slots = [new() { Day = DayOfWeek.Wednesday, Start = new(20, 0), End = TimeOnly.MinValue }] });
        await context.SaveChangesAsync();
    }

    [Theory]
    [InlineData("2026-11-25T10:00:00+08:00", BusinessHoursStatus.Open)]      // Wednesday morning
    [InlineData("2026-11-25T12:30:00+08:00", BusinessHoursStatus.Closed)]    // lunch break
    [InlineData("2026-11-25T17:30:00+08:00", BusinessHoursStatus.Closed)]    // end is exclusive
    [InlineData("2026-11-25T08:30:00+08:00", BusinessHoursStatus.Open)]      // start is inclusive
    [InlineData("2026-11-28T10:00:00+08:00", BusinessHoursStatus.Closed)]    // Saturday
    [InlineData("2026-10-01T10:00:00+08:00", BusinessHoursStatus.Holiday)]   // National Day (Thursday)
    [InlineData("2026-02-16T10:00:00+08:00", BusinessHoursStatus.Holiday)]   // Spring Festival (Monday)
    [InlineData("2026-10-10T10:00:00+08:00", BusinessHoursStatus.Open)]      // Saturday worked instead (调休)
    [InlineData("2026-10-10T12:30:00+08:00", BusinessHoursStatus.Closed)]    // …with Monday's lunch break
    [InlineData("2026-11-25T01:00:00+00:00", BusinessHoursStatus.Open)]      // 09:00 in Shanghai, given in UTC
    public async Task The_hotline_calendar_is_open_closed_or_on_holiday(string at, BusinessHoursStatus expected) =>
        Assert.Equal(expected, await _db.Get<BusinessHoursService>().GetStatusAsync("12345", DateTimeOffset.Parse(at), TimeZoneInfo.Utc));

    [Fact]
    public async Task A_slot_ending_at_midnight_covers_the_evening_and_a_calendar_without_zone_uses_the_centers()
    {
        var service = _db.Get<BusinessHoursService>();
        Assert.Equal(BusinessHoursStatus.Open, await service.GetStatusAsync("night", DateTimeOffset.Parse("2026-11-25T23:59:00+08:00"), DomainDatabase.Shanghai));
        Assert.Equal(BusinessHoursStatus.Closed, await service.GetStatusAsync("night", DateTimeOffset.Parse("2026-11-25T23:59:00+08:00"), TimeZoneInfo.Utc));
    }

    [Fact]
    public async Task An_unknown_calendar_is_null_not_closed() =>
        Assert.Null(await _db.Get<BusinessHoursService>().GetStatusAsync("nope", DomainDatabase.DefaultNow, TimeZoneInfo.Utc));

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
