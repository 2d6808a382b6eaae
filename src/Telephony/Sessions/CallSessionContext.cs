using CallCenter.Telephony.Media;
using CallCenter.Telephony.Media.Clock;
using CallCenter.Telephony.Media.Playback;
using CallCenter.Telephony.Media.Tones;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Sip.UserAgents;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sessions;

/// <summary>What every <see cref="SipCallSession"/> and its leg share: the stack, ending calls, the legs' registry (CANCEL, in-dialog requests of originated calls), the clock, hold music.</summary>
internal sealed record CallSessionContext(
    SipStack Stack,
    CallService Service,
    BridgedCallRegistry Legs,
    MediaClock Clock,
    Func<IAudioSource> HoldMusic,
    TimeProvider Time,
    ILoggerFactory Loggers)
{
    /// <summary>The hold tone: the ringback frequency without pauses.</summary>
    public static IAudioSource DefaultHoldMusic() =>
        new LoopingTone(ToneDefinition.For(ToneScheme.China, CallProgressTone.Ringback) with { OffMilliseconds = 0 });
}
