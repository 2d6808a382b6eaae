namespace CallCenter.Domain.Reports;

/// <summary>
/// One time bucket of one number or queue. <see cref="BucketStart"/> is local: the hour of the first day for hour-of-day
/// buckets (the hour is what counts), the day, the Monday of the week, or the first of the month. The totals row has
/// <see cref="Key"/> = "" and the period's first day as bucket. Talk time in seconds.
/// </summary>
public sealed record TrafficRow(DateTime BucketStart, string Bucket, string Key, int Inbound, int Outbound, int Answered, int Abandoned, double TalkSeconds)
{
    /// <summary>Inbound + outbound.</summary>
    public int Calls => Inbound + Outbound;
}
