using CallCenter.Telephony.Media;
using CallCenter.Telephony.Media.Clock;
using CallCenter.Telephony.Sip.UserAgents;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sessions;

/// <summary>What every <see cref="SipCallSession"/> shares: answering, ending, the clock, the ringing calls (for CANCEL), hold music.</summary>
internal sealed record CallSessionContext(
    InboundAnswerer Answerer,
    CallService Service,
    BridgedCallRegistry Ringing,
    MediaClock Clock,
    Func<IAudioSource> HoldMusic,
    TimeProvider Time,
    ILoggerFactory Loggers);
