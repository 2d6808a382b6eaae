namespace CallCenter.Telephony.Sip.Transport;

/// <summary>The kinds of <see cref="StreamFrame"/>.</summary>
public enum StreamFrameKind
{
    NeedMore,
    Message,
    KeepAlive,
    Invalid,
}
