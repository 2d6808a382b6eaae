namespace CallCenter.Telephony.Media.Dtmf;

/// <summary>A digit detected in an RFC 4733 stream, identified by the RTP timestamp of its event.</summary>
public readonly record struct DtmfDigit(char Digit, uint Timestamp);
