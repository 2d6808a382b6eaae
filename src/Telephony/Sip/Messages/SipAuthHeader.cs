namespace CallCenter.Telephony.Sip.Messages;

/// <summary>An Authorization, Proxy-Authorization, WWW-Authenticate or Proxy-Authenticate value: scheme plus comma-separated auth-params (RFC 3261 §20.7, RFC 2617/7616).</summary>
public sealed class SipAuthHeader
{
    private SipAuthHeader(string scheme) => Scheme = scheme;

    /// <summary>The scheme as received, e.g. "Digest" (compare case-insensitively).</summary>
    public string Scheme { get; }

    /// <summary>True for the Digest scheme.</summary>
    public bool IsDigest => Scheme.Equals("Digest", StringComparison.OrdinalIgnoreCase);

    /// <summary>auth-params with quotes removed (realm, nonce, uri, response, algorithm, qop, nc, cnonce, opaque, stale, username).</summary>
    public SipParameters Parameters { get; } = new();

    /// <summary>Shortcut for a parameter value.</summary>
    public string? this[string name] => Parameters.Get(name);

    /// <summary>Parses "scheme param=value, param=\"value\""; null when malformed. Unknown schemes parse too, so the UAS can answer 401.</summary>
    public static SipAuthHeader? Parse(string value)
    {
        var s = value.AsSpan().Trim(" \t");
        var i = 0;
        while (i < s.Length && SipText.IsTokenChar(s[i])) i++;
        if (i == 0 || (i < s.Length && s[i] != ' ' && s[i] != '\t')) return null;
        var auth = new SipAuthHeader(s[..i].ToString());
        var parts = new List<string>();
        var leading = value.Length - value.AsSpan().TrimStart(" \t").Length;
        if (!SipText.TrySplitList(value[(leading + i)..], parts)) return null;
        foreach (var part in parts)
        {
            var p = new SipParameters();
            if (!SipParameters.TryParseHeaderParams(part, p) || p.Count != 1)
            {
                // Some schemes carry a token68 credential instead of params; keep it under "".
                if (parts.Count == 1 && part.IndexOf(' ') < 0) { auth.Parameters.Add("", part); continue; }
                return null;
            }
            auth.Parameters.Add(p[0].Key, p[0].Value);
        }
        return auth;
    }

    /// <summary>Renders "Scheme a=\"b\", c=d" (values quoted except algorithm, qop token, nc, stale).</summary>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder(Scheme);
        for (var i = 0; i < Parameters.Count; i++)
        {
            var (k, v) = (Parameters[i].Key, Parameters[i].Value);
            sb.Append(i == 0 ? " " : ", ").Append(k);
            if (v is null) continue;
            var bare = k.Equals("algorithm", StringComparison.OrdinalIgnoreCase) || k.Equals("nc", StringComparison.OrdinalIgnoreCase)
                || k.Equals("stale", StringComparison.OrdinalIgnoreCase) || (k.Equals("qop", StringComparison.OrdinalIgnoreCase) && !v.Contains(','));
            sb.Append('=');
            if (bare) sb.Append(v);
            else sb.Append('"').Append(v.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
        }
        return sb.ToString();
    }
}
