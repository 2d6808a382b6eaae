namespace CallCenter.Engine.Tests.TestSupport;

/// <summary>
/// Another clock running at the pace of <paramref name="inner"/> but shifted by <paramref name="offset"/>: how the
/// simulator shows a flow another time of day (its timers are the inner clock's).
/// </summary>
public sealed class ShiftedClock(TimeProvider inner, TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + offset;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
