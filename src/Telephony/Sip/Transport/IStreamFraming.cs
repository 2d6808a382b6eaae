namespace CallCenter.Telephony.Sip.Transport;

/// <summary>
/// Finds where one SIP message ends in a stream (RFC 3261 §18.3: the header block, then
/// Content-Length bytes of body). Implemented by the message parser.
/// </summary>
public interface IStreamFraming
{
    StreamFrame Frame(ReadOnlySpan<byte> buffer);
}
