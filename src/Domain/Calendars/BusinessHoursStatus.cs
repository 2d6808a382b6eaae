namespace CallCenter.Domain.Calendars;

/// <summary>Whether the center is open at a moment.</summary>
public enum BusinessHoursStatus
{
    Open,
    Closed,
    Holiday,
}
