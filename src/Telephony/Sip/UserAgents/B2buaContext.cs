using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>What every <see cref="B2buaCall"/> shares: the stack, ports, SDP, call bookkeeping, options and clock.</summary>
internal sealed record B2buaContext(
    SipStack Stack,
    RtpPortPool Ports,
    SdpNegotiator Negotiator,
    CallService Service,
    BridgedCallRegistry Bridged,
    B2buaOptions Options,
    TimeProvider Time,
    ILoggerFactory Loggers)
{
    /// <summary>Our host:port for Via and Contact toward this peer.</summary>
    public string SentBy(SipPeer peer) =>
        $"{LocalAddress.For(peer.EndPoint.Address)}:{(peer.Protocol == SipProtocol.Tcp ? Stack.TcpEndPoint : Stack.UdpEndPoint)?.Port ?? 5060}";
}
