namespace CallCenter.Portal.Demo;

/// <summary>Registration of the center's clock (section <c>Clock</c>).</summary>
public static class ClockServiceCollectionExtensions
{
    /// <summary>
    /// <c>Clock:StartAt</c> (ISO 8601 with offset, e.g. <c>2026-11-25T21:00:00+08:00</c>; default empty = the real
    /// clock): the server's wall clock starts at that instant and runs on from there — business hours, ticket
    /// dates and <c>now</c> in scripts see it. A demo/test setting: durable timers (Quartz) still fire on real time,
    /// so do not use it with flows that wait. Call before the engine and Domain registrations (they add the
    /// system clock only when none is registered).
    /// </summary>
    public static IServiceCollection AddCenterClock(this IServiceCollection services, IConfiguration configuration)
    {
        var startAt = configuration["Clock:StartAt"];
        if (string.IsNullOrWhiteSpace(startAt)) return services;
        var offset = DateTimeOffset.Parse(startAt, System.Globalization.CultureInfo.InvariantCulture) - TimeProvider.System.GetUtcNow();
        return services.AddSingleton<TimeProvider>(new ShiftedTimeProvider(offset));
    }
}
