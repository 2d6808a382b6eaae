using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Calendars;

/// <summary>Tells whether a calendar is open, closed or on holiday at a moment.</summary>
public sealed class BusinessHoursService(IDbContextFactory<CallCenterDbContext> factory)
{
    /// <summary>The status of the calendar named <paramref name="calendarName"/> at <paramref name="at"/>; null when no such calendar exists.</summary>
    public async Task<BusinessHoursStatus?> GetStatusAsync(string calendarName, DateTimeOffset at, TimeZoneInfo centerZone, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var calendar = await db.BusinessCalendars.AsNoTracking().Include(c => c.Slots)
            .FirstOrDefaultAsync(c => c.Name == calendarName, ct);
        if (calendar is null) return null;
        var zone = ZoneOf(calendar, centerZone);
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        var day = await db.CalendarDays.AsNoTracking().FirstOrDefaultAsync(d => d.CalendarId == calendar.Id && d.Date == date, ct);
        if (day is not null) calendar.Days.Add(day);
        return Evaluate(calendar, at, centerZone);
    }

    /// <summary>The status of a loaded calendar (slots and the relevant days included) at a moment.</summary>
    public static BusinessHoursStatus Evaluate(BusinessCalendar calendar, DateTimeOffset at, TimeZoneInfo centerZone)
    {
        var local = TimeZoneInfo.ConvertTime(at, ZoneOf(calendar, centerZone)).DateTime;
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        var weekday = local.DayOfWeek;
        foreach (var day in calendar.Days)
        {
            if (day.Date != date) continue;
            if (day.Kind == CalendarDayKind.Holiday) return BusinessHoursStatus.Holiday;
            weekday = day.WorksAs ?? DayOfWeek.Monday;
        }
        foreach (var slot in calendar.Slots)
        {
            if (slot.Day != weekday) continue;
            var endOfDay = slot.End == TimeOnly.MinValue;
            if (time >= slot.Start && (endOfDay || time < slot.End)) return BusinessHoursStatus.Open;
        }
        return BusinessHoursStatus.Closed;
    }

    private static TimeZoneInfo ZoneOf(BusinessCalendar calendar, TimeZoneInfo centerZone) =>
        string.IsNullOrEmpty(calendar.TimeZone) ? centerZone : TimeZoneInfo.FindSystemTimeZoneById(calendar.TimeZone);
}
