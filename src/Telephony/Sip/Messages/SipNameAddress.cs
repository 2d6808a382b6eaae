using System.Text;

namespace CallCenter.Telephony.Sip.Messages;

/// <summary>A name-addr or addr-spec with header parameters, as in From, To, Contact, Route and Record-Route (RFC 3261 §20.10, §25.1).</summary>
public sealed class SipNameAddress
{
    /// <summary>Creates an address for a URI, optionally with a display name.</summary>
    public SipNameAddress(SipUri uri, string? displayName = null)
    {
        Uri = uri;
        DisplayName = displayName;
    }

    /// <summary>The display name without quotes and with quoted-pairs resolved; null when absent.</summary>
    public string? DisplayName { get; }

    /// <summary>The URI (inside the angle brackets when name-addr form was used).</summary>
    public SipUri Uri { get; }

    /// <summary>True when the URI was enclosed in angle brackets.</summary>
    public bool HasAngleBrackets { get; private set; } = true;

    /// <summary>Header parameters after the address (tag, expires, q, …).</summary>
    public SipParameters Parameters { get; } = new();

    /// <summary>The tag parameter (From/To), or null.</summary>
    public string? Tag => Parameters.Get("tag");

    /// <summary>Parses one address; null when malformed (unbalanced quotes, spaces inside &lt;&gt;, non-token display name, URI with '?' or ',' outside &lt;&gt;, bad parameters).</summary>
    public static SipNameAddress? Parse(string value)
    {
        var s = value.AsSpan().Trim(" \t");
        if (s.IsEmpty) return null;
        string? display = null;
        int lt;
        if (s[0] == '"')
        {
            var close = SipText.FindClosingQuote(s, 0);
            if (close < 0) return null;
            display = SipText.Unquote(s[1..close]);
            var rest = s[(close + 1)..];
            var ws = rest.Length - rest.TrimStart(" \t").Length;
            if (rest.Length == ws || rest[ws] != '<') return null;
            lt = close + 1 + ws;
        }
        else
        {
            lt = s.IndexOf('<');
            if (lt >= 0)
            {
                var name = s[..lt].Trim(" \t");
                if (!IsTokenSequence(name)) return null;
                display = name.IsEmpty ? null : name.ToString();
            }
        }

        SipNameAddress result;
        ReadOnlySpan<char> tail;
        if (lt >= 0)
        {
            var gt = s[lt..].IndexOf('>');
            if (gt < 0) return null;
            gt += lt;
            var uri = SipUri.Parse(s[(lt + 1)..gt].ToString());
            if (uri is null) return null;
            result = new SipNameAddress(uri, display);
            tail = s[(gt + 1)..].TrimStart(" \t");
        }
        else
        {
            var semi = s.IndexOf(';');
            var uriText = (semi < 0 ? s : s[..semi]).TrimEnd(" \t");
            // addr-spec must not carry characters that would make the header ambiguous (RFC 3261 §20).
            if (uriText.IndexOfAny("?, \t\"") >= 0) return null;
            var uri = SipUri.Parse(uriText.ToString());
            if (uri is null) return null;
            result = new SipNameAddress(uri) { HasAngleBrackets = false };
            tail = semi < 0 ? default : s[semi..];
        }
        if (tail.IsEmpty) return result;
        if (tail[0] != ';' || !SipParameters.TryParseHeaderParams(tail[1..], result.Parameters)) return null;
        return result;
    }

    // display-name = *(token LWS) / quoted-string; here the unquoted form.
    private static bool IsTokenSequence(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!SipText.IsTokenChar(c) && c is not (' ' or '\t')) return false;
        return true;
    }

    /// <summary>Renders in name-addr form: "Display" &lt;uri&gt;;params.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (DisplayName is not null)
            sb.Append('"').Append(DisplayName.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\" ");
        sb.Append('<').Append(Uri.Raw).Append('>');
        sb.Append(Parameters.ToString());
        return sb.ToString();
    }
}
