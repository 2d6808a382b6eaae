namespace CallCenter.Portal.Demo;

/// <summary>
/// The system clock moved by a fixed offset: wall-clock time (<see cref="GetUtcNow"/>) is shifted, timers and
/// timestamps are the system's, so SIP and media timing are unchanged. For demos and tests of time-dependent flows.
/// </summary>
public sealed class ShiftedTimeProvider(TimeSpan offset) : TimeProvider
{
    public TimeSpan Offset { get; } = offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
}
