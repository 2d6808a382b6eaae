using CallCenter.Telephony.Media.Clock;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Sip.Registrar;
using CallCenter.Telephony.Sip.UserAgents;
using CallCenter.Portal.Security;

namespace CallCenter.Portal.Api;

/// <summary>
/// Live figures of the voice server for operators and benchmarks: calls, registrations, refused
/// input, the media clock's lateness and the IVR's digit-to-prompt latency. (Role-based authorisation comes with the portal issue.)
/// </summary>
public static class TelephonyStatsEndpoints
{
    public static void MapTelephonyStats(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("").RequireAuthorization(PortalPolicies.Administration);
        admin.MapGet("/api/v1/telephony/stats", (CallRegistry calls, LocationService location, MediaClock clock, SipStack stack) => Results.Json(new
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
            // From the last digit's DTMF packet (SIP INFO, or the RFC 4733 packet it was detected on) to the first RTP packet of the next prompt.
            ivr = new
            {
                digitToPromptCount = clock.DigitToPrompt.Count,
                digitToPromptP50Ms = clock.DigitToPrompt.Percentile(50).TotalMilliseconds,
                digitToPromptP99Ms = clock.DigitToPrompt.Percentile(99).TotalMilliseconds,
                digitToPromptMaxMs = clock.DigitToPrompt.Max.TotalMilliseconds,
            },
        }));
        // Starts a fresh lateness window (benchmarks measure under load only).
        admin.MapPost("/api/v1/telephony/stats/reset", (MediaClock clock) =>
        {
            clock.Lateness.Reset();
            clock.DigitToPrompt.Reset();
            return Results.NoContent();
        });
    }
}
