using CallCenter.Engine.Persistence.EntityFramework;
using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Calendars;

/// <summary>Reads and edits business calendars for the calendars page: create a calendar, add/remove weekly slots and dated days.</summary>
public sealed class BusinessCalendarStore(IDbContextFactory<CallCenterDbContext> factory, WriteGate? gate = null)
{
    /// <summary>Every calendar with its slots and days, by name.</summary>
    public async Task<List<BusinessCalendar>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var calendars = await db.BusinessCalendars.AsNoTracking().Include(c => c.Slots).Include(c => c.Days).AsSplitQuery().ToListAsync(ct);
        foreach (var c in calendars)
        {
            c.Slots = c.Slots.OrderBy(s => (int)s.Day == 0 ? 7 : (int)s.Day).ThenBy(s => s.Start).ToList();
            c.Days = c.Days.OrderBy(d => d.Date).ToList();
        }
        return calendars.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Creates an empty calendar; returns an error a user can act on, or null.</summary>
    public async Task<string?> CreateAsync(string name, CancellationToken ct = default)
    {
        var text = name?.Trim() ?? "";
        if (text.Length == 0) return "Give the calendar a name.";
        using var _ = await (gate ?? WriteGate.Open).EnterAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.BusinessCalendars.AnyAsync(c => c.Name == text, ct)) return $"A calendar named {text} exists already.";
        db.BusinessCalendars.Add(new BusinessCalendar { Name = text });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Adds an open period on a weekday; an end of 00:00 means midnight. Returns an error, or null.</summary>
    public async Task<string?> AddSlotAsync(int calendarId, DayOfWeek day, TimeOnly start, TimeOnly end, CancellationToken ct = default)
    {
        if (end != TimeOnly.MinValue && end <= start) return "The period must end after it starts.";
        using var _ = await (gate ?? WriteGate.Open).EnterAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        db.Add(new BusinessHoursSlot { CalendarId = calendarId, Day = day, Start = start, End = end });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task RemoveSlotAsync(int slotId, CancellationToken ct = default)
    {
        using var _ = await (gate ?? WriteGate.Open).EnterAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Set<BusinessHoursSlot>().Where(s => s.Id == slotId).ExecuteDeleteAsync(ct);
    }

    /// <summary>Sets the dated exception of a date (replacing one already there): a holiday, or a working day with the slots of <paramref name="worksAs"/>.</summary>
    public async Task SetDayAsync(int calendarId, DateOnly date, CalendarDayKind kind, DayOfWeek? worksAs, string? name, CancellationToken ct = default)
    {
        using var _ = await (gate ?? WriteGate.Open).EnterAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var day = await db.CalendarDays.FirstOrDefaultAsync(d => d.CalendarId == calendarId && d.Date == date, ct);
        if (day is null)
        {
            day = new CalendarDay { CalendarId = calendarId, Date = date };
            db.CalendarDays.Add(day);
        }
        day.Kind = kind;
        day.WorksAs = kind == CalendarDayKind.WorkingDay ? worksAs ?? DayOfWeek.Monday : null;
        day.Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveDayAsync(int dayId, CancellationToken ct = default)
    {
        using var _ = await (gate ?? WriteGate.Open).EnterAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.CalendarDays.Where(d => d.Id == dayId).ExecuteDeleteAsync(ct);
    }
}
