namespace CallCenter.Telephony.Sdp;

/// <summary>A parsed or to-be-written SDP body (RFC 8866): session-level lines and media descriptions.</summary>
public sealed class SdpSessionDescription
{
    /// <summary>The v= line; always 0.</summary>
    public int Version { get; set; }

    /// <summary>The o= line.</summary>
    public SdpOrigin Origin { get; set; } = new("-", "0", 0, "IN", "IP4", "0.0.0.0");

    /// <summary>The s= line; "-" when there is nothing to say (RFC 3264 §5).</summary>
    public string SessionName { get; set; } = "-";

    /// <summary>The session-level i= line.</summary>
    public string? Information { get; set; }

    /// <summary>The u= line.</summary>
    public string? Uri { get; set; }

    /// <summary>The e= lines.</summary>
    public List<string> Emails { get; } = [];

    /// <summary>The p= lines.</summary>
    public List<string> Phones { get; } = [];

    /// <summary>The session-level c= line, which applies to media without their own.</summary>
    public SdpConnection? Connection { get; set; }

    /// <summary>Session-level b= lines.</summary>
    public List<SdpBandwidth> Bandwidths { get; } = [];

    /// <summary>t= lines, each with its r= lines; at least one when written.</summary>
    public List<SdpTiming> Timings { get; } = [];

    /// <summary>The z= line, verbatim.</summary>
    public string? TimeZones { get; set; }

    /// <summary>The session-level k= line, verbatim.</summary>
    public string? Key { get; set; }

    /// <summary>Session-level a= lines in order, unknown ones included verbatim.</summary>
    public List<SdpAttribute> Attributes { get; } = [];

    /// <summary>Media descriptions in order (their order matters in offer/answer).</summary>
    public List<SdpMedia> Media { get; } = [];

    /// <summary>The session-level direction attribute, or null when none is present.</summary>
    public SdpDirection? Direction => SdpAttributes.Direction(Attributes);

    /// <summary>The direction that applies to a media: its own, else the session's, else sendrecv.</summary>
    public SdpDirection DirectionOf(SdpMedia media) => media.Direction ?? Direction ?? SdpDirection.SendRecv;

    /// <summary>The connection that applies to a media: its first own c=, else the session's.</summary>
    public SdpConnection? ConnectionOf(SdpMedia media) => media.Connections.Count > 0 ? media.Connections[0] : Connection;

    /// <summary>Parses an SDP body; never throws on malformed input.</summary>
    public static SdpParseResult Parse(string? text) => SdpParser.Parse(text);

    /// <summary>Writes the body with CRLF line ends (RFC 8866 §5).</summary>
    public override string ToString() => SdpWriter.Write(this);
}
