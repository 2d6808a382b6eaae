namespace CallCenter.Telephony.Sdp;

/// <summary>Helpers for <see cref="SdpDirection"/>: attribute names and the send/receive algebra of RFC 3264.</summary>
public static class SdpDirections
{
    /// <summary>The attribute name ("sendrecv", "sendonly", "recvonly", "inactive").</summary>
    public static string ToAttributeName(this SdpDirection direction) => direction switch
    {
        SdpDirection.SendOnly => "sendonly",
        SdpDirection.RecvOnly => "recvonly",
        SdpDirection.Inactive => "inactive",
        _ => "sendrecv",
    };

    /// <summary>Maps an attribute name to a direction; false for any other attribute.</summary>
    public static bool TryParse(string attributeName, out SdpDirection direction)
    {
        switch (attributeName)
        {
            case "sendrecv": direction = SdpDirection.SendRecv; return true;
            case "sendonly": direction = SdpDirection.SendOnly; return true;
            case "recvonly": direction = SdpDirection.RecvOnly; return true;
            case "inactive": direction = SdpDirection.Inactive; return true;
            default: direction = SdpDirection.SendRecv; return false;
        }
    }

    /// <summary>True when the direction includes sending.</summary>
    public static bool Sends(this SdpDirection direction) =>
        direction is SdpDirection.SendRecv or SdpDirection.SendOnly;

    /// <summary>True when the direction includes receiving.</summary>
    public static bool Receives(this SdpDirection direction) =>
        direction is SdpDirection.SendRecv or SdpDirection.RecvOnly;

    /// <summary>Builds a direction from its send and receive halves.</summary>
    public static SdpDirection From(bool send, bool receive) => (send, receive) switch
    {
        (true, true) => SdpDirection.SendRecv,
        (true, false) => SdpDirection.SendOnly,
        (false, true) => SdpDirection.RecvOnly,
        _ => SdpDirection.Inactive,
    };

    /// <summary>
    /// The answer to an offered direction when our own side is willing to do <paramref name="local"/>
    /// (RFC 3264 §6.1): we may send only what the offerer receives, and receive only what it sends.
    /// </summary>
    public static SdpDirection Answer(SdpDirection offered, SdpDirection local = SdpDirection.SendRecv) =>
        From(offered.Receives() && local.Sends(), offered.Sends() && local.Receives());
}
