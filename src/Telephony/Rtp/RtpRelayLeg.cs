using System.Net;

namespace CallCenter.Telephony.Rtp;

/// <summary>One side of an <see cref="RtpRelay"/>: our port pair facing it, its SDP address (null until known), and the payload-type map for what it sends.</summary>
public sealed record RtpRelayLeg(RtpPortLease Lease, IPEndPoint? SdpRemote, RtpPayloadTypeMap Map);
