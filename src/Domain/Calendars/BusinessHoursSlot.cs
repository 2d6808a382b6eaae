namespace CallCenter.Domain.Calendars;

/// <summary>One open period on a weekday, local time, start inclusive, end exclusive; an end of 00:00 means midnight at the end of the day.</summary>
public sealed class BusinessHoursSlot
{
    public int Id { get; set; }
    public int CalendarId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
}
