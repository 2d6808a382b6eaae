namespace CallCenter.Portal.Designer.Simulation;

/// <summary>
/// A clock that reads another one moved by a fixed offset: the simulated date and time of day a simulated call's flow
/// sees (business hours, holidays, <c>date.now</c>). Timers and timestamps are the other clock's, so waits last as long.
/// </summary>
public sealed class ShiftedClock(TimeProvider inner, TimeSpan offset) : TimeProvider
{
    /// <summary>A clock showing <paramref name="date"/> at <paramref name="timeOfDay"/> in <paramref name="zone"/> now (either left as it is now when null).</summary>
    public static ShiftedClock ShowingLocal(TimeProvider inner, TimeZoneInfo zone, DateOnly? date, TimeOnly? timeOfDay)
    {
        var now = inner.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var wanted = (date ?? DateOnly.FromDateTime(local.DateTime)).ToDateTime(timeOfDay ?? TimeOnly.FromDateTime(local.DateTime));
        var wantedUtc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(wanted, DateTimeKind.Unspecified), zone);
        return new ShiftedClock(inner, new DateTimeOffset(wantedUtc, TimeSpan.Zero) - now);
    }

    public TimeSpan Offset => offset;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + offset;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
