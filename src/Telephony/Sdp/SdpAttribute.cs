namespace CallCenter.Telephony.Sdp;

/// <summary>An a= line (RFC 8866 §5.13): a property ("a=rtcp-mux") or a name:value pair ("a=ptime:20").</summary>
/// <param name="Name">The attribute name.</param>
/// <param name="Value">The text after the first colon, verbatim; null for a property attribute.</param>
public sealed record SdpAttribute(string Name, string? Value = null)
{
    /// <summary>The value as written after "a=".</summary>
    public override string ToString() => Value is null ? Name : Name + ":" + Value;

    /// <summary>Splits the text after "a=" at its first colon.</summary>
    public static SdpAttribute Parse(string text)
    {
        var colon = text.IndexOf(':');
        return colon < 0 ? new SdpAttribute(text) : new SdpAttribute(text[..colon], text[(colon + 1)..]);
    }
}
