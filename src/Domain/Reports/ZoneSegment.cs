namespace CallCenter.Domain.Reports;

/// <summary>
/// A stretch of UTC time [<see cref="StartUtc"/>, <see cref="EndUtc"/>) over which the center's zone keeps one offset
/// from UTC, so the database can bucket by local hour and day with plain arithmetic (UTC + offset).
/// </summary>
public readonly record struct ZoneSegment(DateTime StartUtc, DateTime EndUtc, TimeSpan Offset)
{
    public int OffsetSeconds => (int)Offset.TotalSeconds;
}
