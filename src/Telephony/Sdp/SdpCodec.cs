namespace CallCenter.Telephony.Sdp;

/// <summary>An RTP audio codec as SDP names it (encoding name, clock rate, static payload type if any).</summary>
/// <param name="Name">Encoding name as in a=rtpmap, e.g. "PCMU" (compared case-insensitively).</param>
/// <param name="ClockRate">RTP clock rate in Hz.</param>
/// <param name="StaticPayloadType">The RFC 3551 static payload type, or null for a dynamic one.</param>
public sealed record SdpCodec(string Name, int ClockRate, int? StaticPayloadType)
{
    /// <summary>G.711 µ-law, static payload type 0 (RFC 3551).</summary>
    public static SdpCodec Pcmu { get; } = new("PCMU", 8000, 0);

    /// <summary>G.711 A-law, static payload type 8 (RFC 3551).</summary>
    public static SdpCodec Pcma { get; } = new("PCMA", 8000, 8);

    /// <summary>RFC 4733 named telephone events (DTMF), dynamic payload type.</summary>
    public static SdpCodec TelephoneEvent { get; } = new("telephone-event", 8000, null);

    /// <summary>
    /// True when <paramref name="payloadType"/> in <paramref name="media"/> is this codec: by its a=rtpmap when
    /// there is one, else by the static payload type (RFC 3551 static types need no rtpmap).
    /// </summary>
    public bool Matches(SdpMedia media, int payloadType)
    {
        ArgumentNullException.ThrowIfNull(media);
        var map = media.FindRtpMap(payloadType);
        if (map is null)
        {
            return StaticPayloadType == payloadType;
        }

        return string.Equals(map.EncodingName, Name, StringComparison.OrdinalIgnoreCase)
            && map.ClockRate == ClockRate
            && map.Channels is null or 1;
    }
}
