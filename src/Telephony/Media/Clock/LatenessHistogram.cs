namespace CallCenter.Telephony.Media.Clock;

/// <summary>
/// Tick lateness in 10 µs buckets up to 100 ms (beyond: the last bucket), recorded without locks
/// by the clock thread and read as percentiles by anyone.
/// </summary>
public sealed class LatenessHistogram
{
    private const double BucketMs = 0.01;
    private readonly long[] _buckets = new long[10_001];
    private long _count;
    private long _maxTicks;

    public void Record(TimeSpan lateness)
    {
        var bucket = (int)Math.Min(_buckets.Length - 1, lateness.TotalMilliseconds / BucketMs);
        Interlocked.Increment(ref _buckets[bucket]);
        Interlocked.Increment(ref _count);
        var ticks = lateness.Ticks;
        long seen;
        while (ticks > (seen = Volatile.Read(ref _maxTicks)) && Interlocked.CompareExchange(ref _maxTicks, ticks, seen) != seen) { }
    }

    public long Count => Volatile.Read(ref _count);
    public TimeSpan Max => TimeSpan.FromTicks(Volatile.Read(ref _maxTicks));

    /// <summary>The lateness below which <paramref name="percentile"/> % of ticks fell (upper edge of the bucket).</summary>
    public TimeSpan Percentile(double percentile)
    {
        var count = Count;
        if (count == 0) return TimeSpan.Zero;
        var rank = (long)Math.Ceiling(count * percentile / 100.0);
        long seen = 0;
        for (var i = 0; i < _buckets.Length; i++)
        {
            seen += Volatile.Read(ref _buckets[i]);
            if (seen >= rank) return TimeSpan.FromMilliseconds((i + 1) * BucketMs);
        }
        return Max;
    }

    public void Reset()
    {
        Array.Clear(_buckets);
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _maxTicks, 0);
    }
}
