namespace CallCenter.Designer.Simulation;

/// <summary>
/// Who calls and when: the caller's number (to try black/white lists, VIP lookups), the number dialled, and the date
/// and time of day in the center's time zone the flow sees (to try business hours and holidays; now when null).
/// </summary>
public sealed record SimulationSetup(string Caller, string Called, DateOnly? Date = null, TimeOnly? TimeOfDay = null);
