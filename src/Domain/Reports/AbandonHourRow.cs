namespace CallCenter.Domain.Reports;

/// <summary>Abandoned calls per local hour of the day (0–23) over the period.</summary>
public sealed record AbandonHourRow(int Hour, int Abandoned, int Short);
