using CallCenter.Telephony.Media.Codecs;
using CallCenter.Telephony.Sdp;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// Configures a call leg's <see cref="RtpMediaSession"/> from what offer/answer agreed: codec and payload types when
/// it is made, then direction (hold), rtcp-mux, the a=rtcp destination and the remote address — again after every
/// re-INVITE, so a phone that holds (sendonly/inactive) stops our sending and one that moves gets its RTP re-pointed.
/// </summary>
public static class RtpSessionSetup
{
    /// <summary>A session on <paramref name="lease"/> sending the agreed codec to the agreed remote, configured by <see cref="Apply"/>.</summary>
    public static RtpMediaSession Create(RtpPortLease lease, SdpMediaAgreement agreement, ILoggerFactory loggers, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var rtp = new RtpMediaSession(lease, AudioCodecs.FromName(agreement.Codec.Name) ?? PcmuCodec.Instance, agreement.PayloadType,
            agreement.TelephoneEventPayloadType, agreement.RemoteRtpEndPoint, loggers.CreateLogger<RtpMediaSession>(), time ?? TimeProvider.System);
        Apply(rtp, agreement);
        return rtp;
    }

    /// <summary>Applies a (re-)negotiated agreement: direction, rtcp-mux, RTCP destination, and a changed remote RTP address.</summary>
    public static void Apply(RtpMediaSession rtp, SdpMediaAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(rtp);
        ArgumentNullException.ThrowIfNull(agreement);
        // The hold address (c=0.0.0.0) gives no endpoint: nothing may be sent, the last address is kept for the unhold.
        var remote = agreement.RemoteRtpEndPoint;
        rtp.Direction = remote is null && agreement.Direction.Sends() ? SdpDirections.From(send: false, agreement.Direction.Receives()) : agreement.Direction;
        rtp.RtcpMux = agreement.RtcpMux;
        if (remote is not null && !remote.Equals(rtp.Remote)) rtp.SetRemote(remote);
        // Only an explicit a=rtcp (RFC 3605) is configured: without one the RTCP source is latched, else RTP + 1.
        var explicitRtcp = agreement.RemoteRtcpPort != agreement.RemoteRtpPort + 1 || agreement.RemoteRtcpAddress != agreement.RemoteAddress;
        if (!agreement.RtcpMux && explicitRtcp && agreement.RemoteRtcpEndPoint is { } rtcp) rtp.RemoteRtcp = rtcp;
    }
}
