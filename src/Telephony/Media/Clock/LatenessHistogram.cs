namespace CallCenter.Telephony.Media.Clock;

/// <summary>
/// A latency histogram in fixed buckets (by default 10 µs up to 100 ms, for the clock's tick lateness;
/// beyond the range: the last bucket, the exact maximum is kept apart), recorded without locks or
/// allocation from any thread and read as percentiles by anyone.
/// </summary>
public sealed class LatenessHistogram
{
    private readonly double BucketMs;
    private readonly long[] _buckets;
    private long _count;
    private long _maxTicks;

    public LatenessHistogram() : this(bucketMs: 0.01, rangeMs: 100)
    {
    }

    /// <summary>Buckets of <paramref name="bucketMs"/> up to <paramref name="rangeMs"/>.</summary>
    public LatenessHistogram(double bucketMs, double rangeMs)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bucketMs);
        ArgumentOutOfRangeException.ThrowIfLessThan(rangeMs, bucketMs);
        BucketMs = bucketMs;
        _buckets = new long[(int)Math.Ceiling(rangeMs / bucketMs) + 1];
    }

    public void Record(TimeSpan lateness)
    {
        if (lateness < TimeSpan.Zero) lateness = TimeSpan.Zero;
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
            if (seen >= rank) return i == _buckets.Length - 1 ? Max : TimeSpan.FromMilliseconds((i + 1) * BucketMs);
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
