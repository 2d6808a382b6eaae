namespace CallCenter.Telephony.Media.Dtmf;

/// <summary>
/// One telephone-event RTP packet to send: the RTP session adds its own SSRC and next sequence
/// number and uses the dynamic payload type negotiated in SDP.
/// </summary>
public readonly record struct DtmfPacket(bool Marker, uint Timestamp, TelephoneEvent Event);
