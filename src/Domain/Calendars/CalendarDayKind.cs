namespace CallCenter.Domain.Calendars;

/// <summary>What a dated exception does.</summary>
public enum CalendarDayKind
{
    /// <summary>A public holiday (节假日): closed all day, answered with the holiday message.</summary>
    Holiday,
    /// <summary>A swapped working day (调休上班), usually a weekend day: open with the slots of <see cref="CalendarDay.WorksAs"/>.</summary>
    WorkingDay,
}
