using System.Net;

namespace CallCenter.Telephony.Sip.Transport;

/// <summary>
/// One received SIP message (a datagram, or one framed message of a stream). <see cref="Data"/> is
/// only valid during the handler call: parse or copy it there.
/// </summary>
public readonly record struct InboundPacket(ReadOnlyMemory<byte> Data, IPEndPoint Remote, IPEndPoint Local, SipProtocol Protocol);
