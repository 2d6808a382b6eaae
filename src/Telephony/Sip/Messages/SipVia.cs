using System.Text;

namespace CallCenter.Telephony.Sip.Messages;

/// <summary>One Via value (RFC 3261 §20.42, rport per RFC 3581).</summary>
public sealed class SipVia
{
    /// <summary>Creates a Via for our own hop.</summary>
    public SipVia(string transport, string host, int? port, string branch)
    {
        Transport = transport;
        Host = host;
        Port = port;
        Parameters.Set("branch", branch);
    }

    private SipVia() { }

    /// <summary>Protocol name and version, normally "SIP/2.0".</summary>
    public string Protocol { get; private set; } = "SIP/2.0";

    /// <summary>Transport in upper case: UDP, TCP, TLS, SCTP, WS, or any other token.</summary>
    public string Transport { get; private set; } = "UDP";

    /// <summary>sent-by host (IPv6 in brackets).</summary>
    public string Host { get; private set; } = "";

    /// <summary>sent-by port, or null when absent.</summary>
    public int? Port { get; private set; }

    /// <summary>Via parameters in received order.</summary>
    public SipParameters Parameters { get; } = new();

    /// <summary>The branch parameter, or null.</summary>
    public string? Branch => Parameters.Get("branch");

    /// <summary>True when the branch carries the RFC 3261 magic cookie followed by at least one character (RFC 4475 §3.2.1 badbranch has only the cookie).</summary>
    public bool HasRfc3261Branch => Branch is { Length: > 7 } b && b.StartsWith("z9hG4bK", StringComparison.Ordinal);

    /// <summary>The received parameter, or null.</summary>
    public string? Received => Parameters.Get("received");

    /// <summary>True when rport is present, as a flag (request) or with a value (response).</summary>
    public bool HasRPort => Parameters.Contains("rport");

    /// <summary>The rport value, or null when absent or in flag form.</summary>
    public int? RPort => int.TryParse(Parameters.Get("rport"), out var p) && p is > 0 and <= 65535 ? p : null;

    /// <summary>The maddr parameter, or null.</summary>
    public string? Maddr => Parameters.Get("maddr");

    /// <summary>The ttl parameter (0–255), or null.</summary>
    public int? Ttl => int.TryParse(Parameters.Get("ttl"), out var t) && t is >= 0 and <= 255 ? t : null;

    /// <summary>Parses one Via value (LWS is allowed around the slashes and colon); null when malformed.</summary>
    public static SipVia? Parse(string value)
    {
        var s = value.AsSpan().Trim(" \t");
        var via = new SipVia();
        var slash1 = s.IndexOf('/');
        if (slash1 < 0) return null;
        var name = s[..slash1].Trim(" \t");
        s = s[(slash1 + 1)..];
        var slash2 = s.IndexOf('/');
        if (slash2 < 0) return null;
        var version = s[..slash2].Trim(" \t");
        s = s[(slash2 + 1)..].TrimStart(" \t");
        if (!SipText.IsToken(name) || !SipText.IsToken(version)) return null;
        var t = 0;
        while (t < s.Length && SipText.IsTokenChar(s[t])) t++;
        if (t == 0 || t == s.Length || (s[t] != ' ' && s[t] != '\t')) return null;
        via.Protocol = name.Equals("SIP", StringComparison.OrdinalIgnoreCase) && version.SequenceEqual("2.0")
            ? "SIP/2.0" : string.Concat(name, "/", version);
        via.Transport = ToUpper(s[..t]);
        s = s[t..].TrimStart(" \t");
        var semi = s.IndexOf(';');
        var sentBy = (semi < 0 ? s : s[..semi]).Trim(" \t");
        if (!ParseSentBy(sentBy, via)) return null;
        if (semi >= 0 && !SipParameters.TryParseHeaderParams(s[(semi + 1)..], via.Parameters)) return null;
        var rport = via.Parameters.Get("rport");
        if (rport is not null && !SipText.TryParseDigits(rport, 65535, out _)) return null;
        var ttl = via.Parameters.Get("ttl");
        if (ttl is not null && !SipText.TryParseDigits(ttl, 255, out _)) return null;
        return via;
    }

    private static bool ParseSentBy(ReadOnlySpan<char> s, SipVia via)
    {
        int hostEnd;
        if (s.Length > 0 && s[0] == '[')
        {
            hostEnd = SipText.IPv6ReferenceLength(s);
            if (hostEnd < 0) return false;
        }
        else
        {
            hostEnd = s.IndexOf(':');
            if (hostEnd < 0) hostEnd = s.Length;
            var h = s[..hostEnd].TrimEnd(" \t");
            if (!SipUri.IsHostName(h)) return false;
            via.Host = h.ToString();
            s = s[hostEnd..];
            return ParsePort(s, via);
        }
        via.Host = s[..hostEnd].ToString();
        return ParsePort(s[hostEnd..].TrimStart(" \t"), via);
    }

    private static bool ParsePort(ReadOnlySpan<char> s, SipVia via)
    {
        if (s.IsEmpty) return true;
        if (s[0] != ':' || !SipText.TryParseDigits(s[1..].Trim(" \t"), 65535, out var port)) return false;
        via.Port = (int)port;
        return true;
    }

    private static string ToUpper(ReadOnlySpan<char> t) =>
        t.Equals("UDP", StringComparison.OrdinalIgnoreCase) ? "UDP"
        : t.Equals("TCP", StringComparison.OrdinalIgnoreCase) ? "TCP"
        : t.Equals("TLS", StringComparison.OrdinalIgnoreCase) ? "TLS"
        : t.ToString().ToUpperInvariant();

    /// <summary>Renders as "SIP/2.0/UDP host:port;params".</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(Protocol).Append('/').Append(Transport).Append(' ').Append(Host);
        if (Port is not null) sb.Append(':').Append(Port.Value);
        return sb.Append(Parameters.ToString()).ToString();
    }
}
