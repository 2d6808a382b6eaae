namespace CallCenter.Telephony.Media.Clock;

/// <summary>
/// The clock's arithmetic, apart from any real time so it can be tested: tick <c>n</c> is due at
/// <c>origin + n × period</c> (absolute deadlines, so errors never accumulate); when the clock falls
/// further behind than the allowed lag, the missed ticks are skipped instead of run in a burst.
/// All values are <see cref="System.Diagnostics.Stopwatch"/> timestamps.
/// </summary>
public sealed class TickSchedule(long origin, long period, long maxLag)
{
    public long Tick { get; private set; }
    public long Skipped { get; private set; }
    public long Deadline => origin + Tick * period;

    /// <summary>Called when the clock wakes for <see cref="Tick"/>: returns its lateness and skips ahead if it is too late.</summary>
    public long Arrive(long now)
    {
        var lateness = now - Deadline;
        if (lateness > maxLag)
        {
            var missed = lateness / period;
            Tick += missed;
            Skipped += missed;
        }
        return lateness < 0 ? 0 : lateness;
    }

    /// <summary>The current tick has run; the next one is due one period later.</summary>
    public void Advance() => Tick++;
}
