namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// The hourly rows of a report's period: <see cref="Stored"/> (a query over the hourly table, for the report to add up in
/// the database) and <see cref="Tail"/> (the source rows after the mark, added up the same way in memory).
/// </summary>
internal sealed record HourlyPart<THour>(IQueryable<THour> Stored, IReadOnlyList<THour> Tail);
