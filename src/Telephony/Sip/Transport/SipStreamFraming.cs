using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Sip.Transport;

/// <summary>
/// Frames SIP over a stream with the message parser: a whole message (even an invalid one, so it can
/// be answered 400 on its connection) is delivered when its boundaries are known; when they are lost
/// (no usable Content-Length) the connection is closed.
/// </summary>
public sealed class SipStreamFraming(SipParserOptions? options = null) : IStreamFraming
{
    public StreamFrame Frame(ReadOnlySpan<byte> buffer)
    {
        var result = SipParser.ParseStream(buffer, options);
        return result.Status switch
        {
            SipParseStatus.Success => StreamFrame.Message(result.BytesConsumed),
            SipParseStatus.NeedMoreData when result.BytesConsumed > 0 => StreamFrame.KeepAlive(result.BytesConsumed),
            SipParseStatus.NeedMoreData => StreamFrame.NeedMore,
            _ when !result.FramingLost && result.BytesConsumed > 0 => StreamFrame.Message(result.BytesConsumed),
            _ => StreamFrame.Invalid,
        };
    }
}
