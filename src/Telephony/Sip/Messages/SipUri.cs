using System.Text;

namespace CallCenter.Telephony.Sip.Messages;

/// <summary>A URI from a SIP message: a parsed SIP/SIPS URI (RFC 3261 §19.1) or any other absoluteURI kept opaque.</summary>
public sealed class SipUri
{
    private SipUri(string scheme, string raw)
    {
        Scheme = scheme;
        Raw = raw;
    }

    /// <summary>The scheme as received (compare case-insensitively), e.g. "sip".</summary>
    public string Scheme { get; }

    /// <summary>The URI text exactly as received.</summary>
    public string Raw { get; }

    /// <summary>True for sip: and sips: URIs, whose parts below are parsed.</summary>
    public bool IsSip => Scheme.Equals("sip", StringComparison.OrdinalIgnoreCase) || IsSecure;

    /// <summary>True for sips:.</summary>
    public bool IsSecure => Scheme.Equals("sips", StringComparison.OrdinalIgnoreCase);

    /// <summary>The user part with %HH escapes resolved (may hold ';', '@' or NUL); null when absent.</summary>
    public string? User { get; private set; }

    /// <summary>The password with escapes resolved; null when absent.</summary>
    public string? Password { get; private set; }

    /// <summary>Host name, IPv4 address, or IPv6 reference including its brackets.</summary>
    public string Host { get; private set; } = "";

    /// <summary>The port, or null when the URI has none.</summary>
    public int? Port { get; private set; }

    /// <summary>uri-parameters with escapes resolved (transport, user, maddr, lr, …).</summary>
    public SipParameters Parameters { get; } = new();

    /// <summary>uri-headers (after '?') with escapes resolved, e.g. Route=&lt;sip:…&gt;.</summary>
    public SipParameters Headers { get; } = new();

    /// <summary>The opaque part after "scheme:" for non-SIP URIs.</summary>
    public string Opaque => Raw[(Scheme.Length + 1)..];

    /// <summary>Parses a URI; returns null when the text is not a well-formed absolute URI (or a malformed SIP URI).</summary>
    public static SipUri? Parse(string text)
    {
        var s = text.AsSpan();
        var colon = s.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(s[0])) return null;
        foreach (var c in s[..colon])
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return null;
        var scheme = colon == 3 && s[..3].Equals("sip", StringComparison.OrdinalIgnoreCase) ? "sip"
            : colon == 4 && s[..4].Equals("sips", StringComparison.OrdinalIgnoreCase) ? "sips" : s[..colon].ToString();
        var uri = new SipUri(scheme, text);
        if (!uri.IsSip)
        {
            // absoluteURI: anything printable without whitespace or delimiters of the header grammar.
            if (colon == s.Length - 1) return null;
            foreach (var c in s[(colon + 1)..])
                if (c <= ' ' || c >= 0x7f || c is '<' or '>' or '"') return null;
            return uri;
        }
        return uri.ParseSip(s[(colon + 1)..]) ? uri : null;
    }

    private bool ParseSip(ReadOnlySpan<char> s)
    {
        var at = s.IndexOf('@');
        if (at >= 0)
        {
            var userinfo = s[..at];
            var pc = userinfo.IndexOf(':');
            var user = pc < 0 ? userinfo : userinfo[..pc];
            if (user.IsEmpty || !ValidChars(user, "&=+$,;?/")) return false;
            User = SipText.Unescape(user);
            if (pc >= 0)
            {
                var pw = userinfo[(pc + 1)..];
                if (!ValidChars(pw, "&=+$,")) return false;
                Password = SipText.Unescape(pw);
            }
            s = s[(at + 1)..];
        }
        int hostEnd;
        if (s.Length > 0 && s[0] == '[')
        {
            hostEnd = SipText.IPv6ReferenceLength(s);
            if (hostEnd < 0) return false;
        }
        else
        {
            hostEnd = s.IndexOfAny(":;?");
            if (hostEnd < 0) hostEnd = s.Length;
            if (!IsHostName(s[..hostEnd])) return false;
        }
        Host = s[..hostEnd].ToString();
        s = s[hostEnd..];
        if (s.Length > 0 && s[0] == ':')
        {
            var pe = s.IndexOfAny(";?");
            if (pe < 0) pe = s.Length;
            if (!SipText.TryParseDigits(s[1..pe], 65535, out var port)) return false;
            Port = (int)port;
            s = s[pe..];
        }
        var q = s.IndexOf('?');
        var paramPart = q < 0 ? s : s[..q];
        if (paramPart.Length > 0 && (paramPart[0] != ';' || !SipParameters.TryParseUriParams(paramPart[1..], Parameters)))
            return false;
        if (q >= 0)
        {
            var headers = s[(q + 1)..];
            while (true)
            {
                var amp = headers.IndexOf('&');
                var h = amp < 0 ? headers : headers[..amp];
                var eq = h.IndexOf('=');
                if (eq <= 0 || !ValidChars(h[..eq], "[]/?:+$") || !ValidChars(h[(eq + 1)..], "[]/?:+$")) return false;
                Headers.Add(SipText.Unescape(h[..eq]), SipText.Unescape(h[(eq + 1)..]));
                if (amp < 0) break;
                headers = headers[(amp + 1)..];
            }
        }
        return true;
    }

    internal static bool IsHostName(ReadOnlySpan<char> h)
    {
        if (h.IsEmpty || h[0] == '-' || h[0] == '.') return false;
        foreach (var c in h)
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '.')) return false;
        return true;
    }

    // unreserved / escaped / extra characters allowed in this part.
    private static bool ValidChars(ReadOnlySpan<char> s, string extra)
    {
        if (!SipText.EscapesWellFormed(s)) return false;
        foreach (var c in s)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '!' or '~' or '*' or '\'' or '(' or ')' or '%') continue;
            if (extra.Contains(c)) continue;
            return false;
        }
        return true;
    }

    /// <summary>Builds a SIP URI from parts (user and host are escaped only where the grammar requires).</summary>
    public static SipUri Create(string? user, string host, int? port = null, bool secure = false)
    {
        var sb = new StringBuilder(secure ? "sips:" : "sip:");
        if (user is not null) sb.Append(Escape(user)).Append('@');
        sb.Append(host);
        if (port is not null) sb.Append(':').Append(port.Value);
        return Parse(sb.ToString()) ?? throw new ArgumentException($"Not a valid SIP URI host: {host}", nameof(host));
    }

    private static string Escape(string user)
    {
        var sb = new StringBuilder(user.Length);
        foreach (var b in Encoding.UTF8.GetBytes(user))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || "-_.!~*'()&=+$,;?/".Contains(c))) sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2"));
        }
        return sb.ToString();
    }

    /// <summary>The URI exactly as received.</summary>
    public override string ToString() => Raw;
}
