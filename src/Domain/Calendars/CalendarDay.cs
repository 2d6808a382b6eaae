namespace CallCenter.Domain.Calendars;

/// <summary>A dated exception to the weekly slots: a holiday, or a weekend day worked in exchange for one.</summary>
public sealed class CalendarDay
{
    public int Id { get; set; }
    public int CalendarId { get; set; }
    /// <summary>The local date in the calendar's zone.</summary>
    public DateOnly Date { get; set; }
    public CalendarDayKind Kind { get; set; }
    /// <summary>For a working day: whose slots apply (default Monday).</summary>
    public DayOfWeek? WorksAs { get; set; }
    /// <summary>"国庆节", "春节调休" …</summary>
    public string? Name { get; set; }
}
