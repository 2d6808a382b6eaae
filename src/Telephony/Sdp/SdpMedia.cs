namespace CallCenter.Telephony.Sdp;

/// <summary>A media description: the m= line and the i/c/b/k/a lines under it (RFC 8866 §5.14).</summary>
public sealed class SdpMedia
{
    /// <summary>Media type: "audio", "video", "image", …</summary>
    public string Media { get; set; } = "audio";

    /// <summary>Transport port; 0 marks a rejected or disabled stream (RFC 3264 §6).</summary>
    public int Port { get; set; }

    /// <summary>The "/count" after the port, when given.</summary>
    public int? PortCount { get; set; }

    /// <summary>Transport protocol: "RTP/AVP", "RTP/SAVP", "RTP/AVPF", "UDP/TLS/RTP/SAVPF", …</summary>
    public string Protocol { get; set; } = "RTP/AVP";

    /// <summary>Media formats in the writer's order of preference (payload types for RTP).</summary>
    public List<string> Formats { get; } = [];

    /// <summary>The media-level i= line.</summary>
    public string? Information { get; set; }

    /// <summary>Media-level c= lines; when empty the session-level c= applies.</summary>
    public List<SdpConnection> Connections { get; } = [];

    /// <summary>Media-level b= lines.</summary>
    public List<SdpBandwidth> Bandwidths { get; } = [];

    /// <summary>The media-level k= line, verbatim (obsolete in RFC 8866, kept for round trips).</summary>
    public string? Key { get; set; }

    /// <summary>All media-level a= lines in order, unknown ones included verbatim.</summary>
    public List<SdpAttribute> Attributes { get; } = [];

    /// <summary>The direction attribute of this media, or null when none is present.</summary>
    public SdpDirection? Direction => SdpAttributes.Direction(Attributes);

    /// <summary>True when a=rtcp-mux (RFC 5761) is present.</summary>
    public bool RtcpMux => SdpAttributes.Has(Attributes, "rtcp-mux");

    /// <summary>The a=ptime value in milliseconds, when present and valid.</summary>
    public int? Ptime => SdpAttributes.Int(Attributes, "ptime");

    /// <summary>The a=maxptime value in milliseconds, when present and valid.</summary>
    public int? MaxPtime => SdpAttributes.Int(Attributes, "maxptime");

    /// <summary>The a=rtcp attribute (RFC 3605), when present and valid.</summary>
    public SdpRtcp? Rtcp =>
        SdpRtcp.TryParse(SdpAttributes.Value(Attributes, "rtcp"), out var rtcp) ? rtcp : null;

    /// <summary>The port is 0: the stream is rejected or disabled.</summary>
    public bool IsRejected => Port == 0;

    /// <summary>Payload types of the formats that are numbers, in order.</summary>
    public IEnumerable<int> PayloadTypes
    {
        get
        {
            foreach (var format in Formats)
            {
                if (SdpNumbers.TryPayloadType(format, out var pt))
                {
                    yield return pt;
                }
            }
        }
    }

    /// <summary>The valid a=rtpmap attributes, in order.</summary>
    public IEnumerable<SdpRtpMap> RtpMaps
    {
        get
        {
            foreach (var attribute in Attributes)
            {
                if (attribute.Name == "rtpmap" && SdpRtpMap.TryParse(attribute.Value, out var map))
                {
                    yield return map;
                }
            }
        }
    }

    /// <summary>The rtpmap for a payload type, or null when none is given.</summary>
    public SdpRtpMap? FindRtpMap(int payloadType)
    {
        foreach (var map in RtpMaps)
        {
            if (map.PayloadType == payloadType)
            {
                return map;
            }
        }

        return null;
    }

    /// <summary>The format parameters of a=fmtp for a payload type (the text after "&lt;pt&gt; "), or null.</summary>
    public string? FindFmtp(int payloadType)
    {
        var prefix = SdpNumbers.Text(payloadType) + " ";
        foreach (var attribute in Attributes)
        {
            if (attribute.Name == "fmtp" && attribute.Value is { } value && value.StartsWith(prefix, StringComparison.Ordinal))
            {
                return value[prefix.Length..].Trim();
            }
        }

        return null;
    }

    /// <summary>Replaces any direction attribute with <paramref name="direction"/>.</summary>
    public void SetDirection(SdpDirection direction)
    {
        Attributes.RemoveAll(a => a.Value is null && SdpDirections.TryParse(a.Name, out _));
        Attributes.Add(new SdpAttribute(direction.ToAttributeName()));
    }
}
