using System.Net;

namespace CallCenter.Telephony.Sdp;

/// <summary>
/// What offer/answer settled for the audio stream, from our side: the codec and payload types to send with,
/// where to send RTP and RTCP, and whether we send and receive. The RTP layer is configured from this.
/// </summary>
public sealed class SdpMediaAgreement
{
    /// <summary>The chosen audio codec.</summary>
    public required SdpCodec Codec { get; init; }

    /// <summary>The payload type of the codec on the wire (the one the remote side listed).</summary>
    public required int PayloadType { get; init; }

    /// <summary>The telephone-event payload type to send and expect DTMF with, or null when DTMF by RTP was not agreed.</summary>
    public int? TelephoneEventPayloadType { get; init; }

    /// <summary>The telephone-event a=fmtp events of the remote side (e.g. "0-16"), or null when it gave none (0-15 then).</summary>
    public string? TelephoneEventEvents { get; init; }

    /// <summary>Our direction: whether we send (<see cref="SdpDirections.Sends"/>) and receive.</summary>
    public required SdpDirection Direction { get; init; }

    /// <summary>
    /// True when the remote side has put the call on hold: it will not receive (sendonly or inactive),
    /// or it gave the RFC 2543 hold address c=0.0.0.0.
    /// </summary>
    public bool HeldByRemote { get; init; }

    /// <summary>The remote RTP address as written in c= (an IP literal or a host name); null when there is none.</summary>
    public string? RemoteAddress { get; init; }

    /// <summary>The remote RTP port from m=.</summary>
    public int RemoteRtpPort { get; init; }

    /// <summary>The remote RTCP address: a=rtcp's when given (RFC 3605), else <see cref="RemoteAddress"/>.</summary>
    public string? RemoteRtcpAddress { get; init; }

    /// <summary>The remote RTCP port: the RTP port with rtcp-mux, else a=rtcp's, else RTP port + 1.</summary>
    public int RemoteRtcpPort { get; init; }

    /// <summary>RTP and RTCP share one port (RFC 5761), offered and accepted.</summary>
    public bool RtcpMux { get; init; }

    /// <summary>Packetisation time for what we send, in milliseconds (the remote a=ptime, else our default).</summary>
    public int Ptime { get; init; }

    /// <summary>Index of the audio m= line in the description.</summary>
    public int MediaIndex { get; init; }

    /// <summary>Where to send RTP, or null when the address is not an IP literal or is the hold address 0.0.0.0.</summary>
    public IPEndPoint? RemoteRtpEndPoint => EndPoint(RemoteAddress, RemoteRtpPort);

    /// <summary>Where to send RTCP, or null as for <see cref="RemoteRtpEndPoint"/>.</summary>
    public IPEndPoint? RemoteRtcpEndPoint => EndPoint(RemoteRtcpAddress, RemoteRtcpPort);

    /// <summary>True when we should send RTP now: our direction sends and there is somewhere to send to.</summary>
    public bool ShouldSend => Direction.Sends() && RemoteRtpEndPoint is not null;

    private static IPEndPoint? EndPoint(string? address, int port) =>
        address is not null && port is > 0 and <= IPEndPoint.MaxPort && IPAddress.TryParse(address, out var ip)
            && !ip.Equals(IPAddress.Any) && !ip.Equals(IPAddress.IPv6Any)
            ? new IPEndPoint(ip, port)
            : null;
}
