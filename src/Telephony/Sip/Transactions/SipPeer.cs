using System.Net;
using CallCenter.Telephony.Sip.Transport;

namespace CallCenter.Telephony.Sip.Transactions;

/// <summary>The other end of a hop: its address and the transport used. Reliable transports need no retransmissions.</summary>
public sealed record SipPeer(IPEndPoint EndPoint, SipProtocol Protocol)
{
    public bool IsReliable => Protocol != SipProtocol.Udp;
    public override string ToString() => $"{Protocol.ToString().ToLowerInvariant()}:{EndPoint}";
}
