namespace CallCenter.Telephony.Sip.Transport;

/// <summary>What the framing found at the start of a stream buffer.</summary>
public readonly record struct StreamFrame(StreamFrameKind Kind, int Length)
{
    public static StreamFrame NeedMore { get; } = new(StreamFrameKind.NeedMore, 0);
    public static StreamFrame Invalid { get; } = new(StreamFrameKind.Invalid, 0);
    public static StreamFrame Message(int length) => new(StreamFrameKind.Message, length);
    /// <summary>Keep-alive CRLFs (RFC 5626 §3.5.1) to skip.</summary>
    public static StreamFrame KeepAlive(int length) => new(StreamFrameKind.KeepAlive, length);
}
