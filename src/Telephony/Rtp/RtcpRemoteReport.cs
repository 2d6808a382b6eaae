namespace CallCenter.Telephony.Rtp;

/// <summary>
/// What the remote side last reported about our stream in an RTCP SR or RR (RFC 3550 §6.4.1):
/// loss since its previous report, cumulative loss, interarrival jitter, and the round-trip time
/// computed from the LSR/DLSR it echoed (null until it has echoed one of our SRs).
/// </summary>
public readonly record struct RtcpRemoteReport(
    uint RemoteSsrc,
    double FractionLost,
    int CumulativeLost,
    TimeSpan Jitter,
    TimeSpan? RoundTripTime,
    bool RemoteIsSender);
