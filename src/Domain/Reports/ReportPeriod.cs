namespace CallCenter.Domain.Reports;

/// <summary>
/// A report's local date range made concrete: the UTC instants [<see cref="StartUtc"/>, <see cref="EndUtc"/>) and the
/// zone's offset segments within it. Asia/Shanghai (the product's default, no DST) always gives one segment; a zone with
/// DST gives one per offset, and each report query runs once per segment.
/// </summary>
public sealed class ReportPeriod
{
    private ReportPeriod(TimeZoneInfo zone, DateTime startUtc, DateTime endUtc, IReadOnlyList<ZoneSegment> segments)
    {
        Zone = zone;
        StartUtc = startUtc;
        EndUtc = endUtc;
        Segments = segments;
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>Local midnight of the first day, in UTC.</summary>
    public DateTime StartUtc { get; }

    /// <summary>Local midnight after the last day, in UTC (exclusive).</summary>
    public DateTime EndUtc { get; }

    /// <summary>The stretches of one UTC offset covering the range, in order.</summary>
    public IReadOnlyList<ZoneSegment> Segments { get; }

    /// <summary>The UTC range of the filter's local dates in <paramref name="zone"/>.</summary>
    public static ReportPeriod Of(ReportFilter filter, TimeZoneInfo zone)
    {
        if (filter.To < filter.From) throw new ArgumentException("The report's end date is before its start date.", nameof(filter));
        var start = ToUtc(filter.From, zone);
        var end = ToUtc(filter.To.AddDays(1), zone);
        return new ReportPeriod(zone, start, end, Split(start, end, zone));
    }

    /// <summary>A UTC time as the center's local time.</summary>
    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>Local midnight of <paramref name="day"/> in UTC (the first valid instant when midnight is skipped by DST).</summary>
    public static DateTime ToUtc(DateOnly day, TimeZoneInfo zone) => ToUtc(day.ToDateTime(TimeOnly.MinValue), zone);

    /// <summary>A local time in UTC; a time skipped by DST moves forward to the first valid one.</summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(30);
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    // Walks the range hour by hour in UTC looking for offset changes: cheap (≤ 9,000 steps a year) and independent of how
    // the platform exposes its adjustment rules. Transitions happen on whole hours or half hours in every zone we serve,
    // so an hourly probe finds the hour; the exact minute is found by a 1-minute probe inside it.
    private static List<ZoneSegment> Split(DateTime start, DateTime end, TimeZoneInfo zone)
    {
        var segments = new List<ZoneSegment>();
        var segmentStart = start;
        var offset = zone.GetUtcOffset(start);
        for (var t = start.AddHours(1); t < end; t = t.AddHours(1))
        {
            var next = zone.GetUtcOffset(t);
            if (next == offset) continue;
            var change = t.AddHours(-1);
            while (zone.GetUtcOffset(change) == offset) change = change.AddMinutes(1);
            segments.Add(new ZoneSegment(segmentStart, change, offset));
            (segmentStart, offset) = (change, next);
        }
        segments.Add(new ZoneSegment(segmentStart, end, offset));
        return segments;
    }
}
