using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>What answering an INVITE takes once its offer is accepted: the RTP ports leased, the agreed media, our SDP answer and Via host, and the leg's SDP state (for re-INVITEs).</summary>
public sealed record PreparedAnswer(RtpPortLease Lease, SdpMediaAgreement Agreement, string Sdp, string SentBy, SdpSession? Session = null);
