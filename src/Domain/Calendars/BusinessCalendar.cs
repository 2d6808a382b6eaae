namespace CallCenter.Domain.Calendars;

/// <summary>
/// A named business-hours calendar (工作时间): weekly time slots per weekday plus dated exceptions —
/// public holidays and the weekend days worked instead (调休) as Chinese calendars need.
/// </summary>
public sealed class BusinessCalendar
{
    public int Id { get; set; }
    /// <summary>Unique name a flow refers to, e.g. "12345".</summary>
    public string Name { get; set; } = "";
    /// <summary>IANA zone the slots and dates are in (e.g. "Asia/Shanghai"); null: the center's zone (<c>Engine:TimeZone</c>).</summary>
    public string? TimeZone { get; set; }
    public List<BusinessHoursSlot> Slots { get; set; } = [];
    public List<CalendarDay> Days { get; set; } = [];
}
