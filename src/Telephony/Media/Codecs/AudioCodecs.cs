namespace CallCenter.Telephony.Media.Codecs;

/// <summary>Lookup of the audio codecs this stack implements, by RTP payload type or SDP name.</summary>
public static class AudioCodecs
{
    /// <summary>Returns the codec for a static payload type, or null when unsupported.</summary>
    public static IAudioCodec? FromPayloadType(int payloadType) => payloadType switch
    {
        0 => PcmuCodec.Instance,
        8 => PcmaCodec.Instance,
        _ => null,
    };

    /// <summary>Returns the codec for an SDP encoding name (case-insensitive), or null.</summary>
    public static IAudioCodec? FromName(ReadOnlySpan<char> name)
    {
        if (name.Equals("PCMU", StringComparison.OrdinalIgnoreCase))
        {
            return PcmuCodec.Instance;
        }

        return name.Equals("PCMA", StringComparison.OrdinalIgnoreCase) ? PcmaCodec.Instance : null;
    }
}
