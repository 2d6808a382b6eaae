using CallCenter.Telephony.Media.Clock;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Sip.Registrar;
using CallCenter.Telephony.Sip.UserAgents;

namespace CallCenter.Portal.Api;

/// <summary>
/// Live figures of the voice server for operators and benchmarks: calls, registrations, refused
/// input, and the media clock's lateness. (Role-based authorisation comes with the portal issue.)
/// </summary>
public static class TelephonyStatsEndpoints
{
    public static void MapTelephonyStats(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/telephony/stats", (CallRegistry calls, LocationService location, MediaClock clock, SipStack stack) => Results.Json(new
        {
            activeCalls = calls.Count,
            registrations = location.Count,
            sip = new { rejected = stack.Counters.Rejected, dropped = stack.Counters.Dropped },
            mediaClock = new
            {
                ticks = clock.Ticks,
                streams = clock.SinkCount,
                skippedTicks = clock.SkippedTicks,
                samples = clock.Lateness.Count,
                latenessP50Ms = clock.Lateness.Percentile(50).TotalMilliseconds,
                latenessP99Ms = clock.Lateness.Percentile(99).TotalMilliseconds,
                latenessMaxMs = clock.Lateness.Max.TotalMilliseconds,
            },
        }));
        // Starts a fresh lateness window (benchmarks measure under load only).
        app.MapPost("/api/v1/telephony/stats/reset", (MediaClock clock) =>
        {
            clock.Lateness.Reset();
            return Results.NoContent();
        });
    }
}
