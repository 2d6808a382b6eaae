namespace CallCenter.Telephony.Sdp;

/// <summary>The c= line (RFC 8866 §5.7): where media is sent.</summary>
/// <param name="NetworkType">"IN".</param>
/// <param name="AddressType">"IP4" or "IP6".</param>
/// <param name="Address">The address (an IP literal or a host name), without TTL or count.</param>
/// <param name="Ttl">IP4 multicast TTL, when given.</param>
/// <param name="AddressCount">Number of multicast addresses, when given.</param>
public sealed record SdpConnection(
    string NetworkType,
    string AddressType,
    string Address,
    int? Ttl = null,
    int? AddressCount = null)
{
    /// <summary>An IN IP4 or IN IP6 connection chosen by the shape of <paramref name="address"/>.</summary>
    public static SdpConnection ForAddress(string address) =>
        new("IN", address.Contains(':') ? "IP6" : "IP4", address);

    /// <summary>
    /// True for the RFC 2543 hold address 0.0.0.0 (and its IPv6 twin ::):
    /// nothing may be sent to it (RFC 3264 §8.4).
    /// </summary>
    public bool IsUnspecified => Address is "0.0.0.0" or "::";

    /// <summary>The value as written after "c=".</summary>
    public override string ToString()
    {
        var text = $"{NetworkType} {AddressType} {Address}";
        if (Ttl is { } ttl)
        {
            text += "/" + ttl.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (AddressCount is { } count)
        {
            text += "/" + count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return text;
    }
}
