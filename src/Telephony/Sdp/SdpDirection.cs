namespace CallCenter.Telephony.Sdp;

/// <summary>Media direction attribute (RFC 3264 §5.1), seen from the side that wrote the description.</summary>
public enum SdpDirection
{
    /// <summary>Send and receive (the default when no direction attribute is present).</summary>
    SendRecv,

    /// <summary>Send only: the writer will not receive.</summary>
    SendOnly,

    /// <summary>Receive only: the writer will not send.</summary>
    RecvOnly,

    /// <summary>Neither send nor receive.</summary>
    Inactive,
}
