using CallCenter.Domain.Calendars;
using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Calendars;

/// <summary>Calendars edited from the business-hours page: slots, a holiday and a 调休 working day change what the calendar answers.</summary>
public sealed class BusinessCalendarStoreTests : IAsyncLifetime
{
    // 2026-11-28 is a Saturday; 2026-11-25 a Wednesday.
    private static readonly DateTimeOffset WednesdayTen = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset SaturdayTen = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(8));
    private DomainDatabase _db = null!;

    public async Task InitializeAsync() => _db = await DomainDatabase.SqliteAsync();

    [Fact]
    public async Task Slots_holidays_and_working_days_set_here_decide_the_status()
    {
        var store = _db.Get<BusinessCalendarStore>();
        var hours = _db.Get<BusinessHoursService>();
        Assert.Null(await store.CreateAsync("测试日历"));
        var id = Assert.Single(await store.ListAsync()).Id;
        Assert.Null(await store.AddSlotAsync(id, DayOfWeek.Wednesday, new(9, 0), new(17, 0)));
        Assert.Equal(BusinessHoursStatus.Open, await hours.GetStatusAsync("测试日历", WednesdayTen, DomainDatabase.Shanghai));
        Assert.Equal(BusinessHoursStatus.Closed, await hours.GetStatusAsync("测试日历", SaturdayTen, DomainDatabase.Shanghai));

        await store.SetDayAsync(id, new DateOnly(2026, 11, 25), CalendarDayKind.Holiday, null, "停业");
        await store.SetDayAsync(id, new DateOnly(2026, 11, 28), CalendarDayKind.WorkingDay, DayOfWeek.Wednesday, "调休");
        Assert.Equal(BusinessHoursStatus.Holiday, await hours.GetStatusAsync("测试日历", WednesdayTen, DomainDatabase.Shanghai));
        Assert.Equal(BusinessHoursStatus.Open, await hours.GetStatusAsync("测试日历", SaturdayTen, DomainDatabase.Shanghai));

        // Setting a date again replaces its entry; removing it restores the weekly hours.
        await store.SetDayAsync(id, new DateOnly(2026, 11, 25), CalendarDayKind.WorkingDay, DayOfWeek.Wednesday, null);
        var calendar = Assert.Single(await store.ListAsync());
        Assert.Equal(2, calendar.Days.Count);
        Assert.Equal(BusinessHoursStatus.Open, await hours.GetStatusAsync("测试日历", WednesdayTen, DomainDatabase.Shanghai));
        await store.RemoveSlotAsync(Assert.Single(calendar.Slots).Id);
        Assert.Equal(BusinessHoursStatus.Closed, await hours.GetStatusAsync("测试日历", WednesdayTen, DomainDatabase.Shanghai));
    }

    [Fact]
    public async Task A_period_ending_before_it_starts_and_a_duplicate_name_are_refused()
    {
        var store = _db.Get<BusinessCalendarStore>();
        Assert.Null(await store.CreateAsync("12345"));
        Assert.NotNull(await store.CreateAsync(" 12345 "));
        var id = Assert.Single(await store.ListAsync()).Id;
        Assert.NotNull(await store.AddSlotAsync(id, DayOfWeek.Monday, new(17, 0), new(9, 0)));
        Assert.Null(await store.AddSlotAsync(id, DayOfWeek.Monday, new(18, 0), TimeOnly.MinValue)); // until midnight
        Assert.Single(Assert.Single(await store.ListAsync()).Slots);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
