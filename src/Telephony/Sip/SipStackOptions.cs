using System.Net;

namespace CallCenter.Telephony.Sip;

/// <summary>Where the SIP server listens (section <c>Telephony:Sip</c>).</summary>
public sealed class SipStackOptions
{
    /// <summary>UDP listening address. Default 0.0.0.0:5060; port 0 picks a free port (tests).</summary>
    public IPEndPoint Udp { get; set; } = new(IPAddress.Any, 5060);

    /// <summary>TCP listening address, or null for no TCP. Default 0.0.0.0:5060.</summary>
    public IPEndPoint? Tcp { get; set; } = new(IPAddress.Any, 5060);
}
