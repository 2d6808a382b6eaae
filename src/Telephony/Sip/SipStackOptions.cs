using System.Net;

namespace CallCenter.Telephony.Sip;

/// <summary>Where the SIP server listens (section <c>Telephony:Sip</c>).</summary>
public sealed class SipStackOptions
{
    /// <summary>UDP listening address as "ip:port". Default "0.0.0.0:5060"; port 0 picks a free port (tests).</summary>
    public string Udp { get; set; } = "0.0.0.0:5060";

    /// <summary>TCP listening address as "ip:port", or empty for no TCP. Default "0.0.0.0:5060".</summary>
    public string? Tcp { get; set; } = "0.0.0.0:5060";

    internal IPEndPoint UdpEndPoint => IPEndPoint.Parse(Udp);
    internal IPEndPoint? TcpEndPoint => string.IsNullOrWhiteSpace(Tcp) ? null : IPEndPoint.Parse(Tcp);
}
