using System.Text;

namespace CallCenter.Telephony.Sip.Messages;

/// <summary>Request-Line and Status-Line (RFC 3261 §7.1, §7.2): single SP separators, nothing trailing.</summary>
internal static class SipStartLine
{
    internal readonly record struct Error(SipParseErrorKind Kind, string Text, int Status);

    public static Error? Parse(ReadOnlySpan<byte> line, bool isRequest, out SipMessage? message)
    {
        message = null;
        return isRequest ? ParseRequest(line, out message) : ParseStatus(line, out message);
    }

    private static Error? ParseRequest(ReadOnlySpan<byte> line, out SipMessage? message)
    {
        message = null;
        var sp1 = line.IndexOf((byte)' ');
        if (sp1 <= 0) return Bad("Request line has no Request-URI");
        var method = line[..sp1];
        if (!SipText.IsToken(method)) return Bad("Request method is not a token");
        var rest = line[(sp1 + 1)..];
        var sp2 = rest.IndexOf((byte)' ');
        if (sp2 < 0) return Bad("Request line has no SIP version");
        if (sp2 == 0) return Bad("Request line elements separated by more than one space");
        var uriBytes = rest[..sp2];
        var version = rest[(sp2 + 1)..];
        var trimmed = version.TrimEnd(" \t"u8);
        if (trimmed.Length != version.Length && trimmed.IndexOfAny(" \t"u8) < 0) return Bad("Request line has trailing whitespace");
        if (version.IndexOfAny(" \t"u8) >= 0) return Bad("Request-URI contains whitespace or the request line has extra elements");
        if (uriBytes[0] == '<') return Bad("Request-URI must not be enclosed in <>");
        foreach (var b in uriBytes)
            if (b <= 0x20 || b >= 0x7f) return Bad("Request-URI contains a control or non-ASCII character");
        var versionError = CheckVersion(version, out _);
        if (versionError is not null) return versionError;
        var uri = SipUri.Parse(Encoding.ASCII.GetString(uriBytes));
        if (uri is null) return Bad("Request-URI is malformed");
        if (uri.IsSip && uri.Headers.Count > 0) return Bad("Request-URI must not contain headers");
        message = new SipRequest(SipMethods.Intern(method), uri);
        return null;
    }

    private static Error? ParseStatus(ReadOnlySpan<byte> line, out SipMessage? message)
    {
        message = null;
        var sp1 = line.IndexOf((byte)' ');
        if (sp1 < 0) return Drop("Status line has no status code");
        if (CheckVersion(line[..sp1], out _) is { } v) return v with { Status = 0 };
        var rest = line[(sp1 + 1)..];
        var sp2 = rest.IndexOf((byte)' ');
        var codeBytes = sp2 < 0 ? rest : rest[..sp2];
        if (codeBytes.Length != 3) return Drop("Status code is not three digits");
        var code = 0;
        foreach (var b in codeBytes)
        {
            if (b < '0' || b > '9') return Drop("Status code is not three digits");
            code = code * 10 + (b - '0');
        }
        if (code < 100 || code > 699) return Drop("Status code outside 100-699");
        var reason = sp2 < 0 ? "" : Encoding.UTF8.GetString(rest[(sp2 + 1)..]);
        foreach (var c in reason)
            if (c < 0x20 && c != '\t') return Drop("Reason phrase contains control characters");
        message = new SipResponse(code, reason);
        return null;
    }

    private static Error? CheckVersion(ReadOnlySpan<byte> v, out bool is20)
    {
        is20 = v.Length == 7 && (v[0] | 0x20) == 's' && (v[1] | 0x20) == 'i' && (v[2] | 0x20) == 'p' && v[3] == '/'
            && v[4] == '2' && v[5] == '.' && v[6] == '0';
        if (is20) return null;
        // Well-formed "SIP/digits.digits" other than 2.0 is 505; anything else is a syntax error.
        if (v.Length < 7 || (v[0] | 0x20) != 's' || (v[1] | 0x20) != 'i' || (v[2] | 0x20) != 'p' || v[3] != '/')
            return Bad("SIP version is malformed");
        var dot = v.IndexOf((byte)'.');
        if (dot <= 4 || dot == v.Length - 1) return Bad("SIP version is malformed");
        for (var i = 4; i < v.Length; i++)
            if (i != dot && (v[i] < '0' || v[i] > '9')) return Bad("SIP version is malformed");
        return new Error(SipParseErrorKind.UnsupportedVersion, $"SIP version {Encoding.ASCII.GetString(v)} is not supported", 505);
    }

    private static Error Bad(string text) => new(SipParseErrorKind.StartLine, text, 400);

    private static Error Drop(string text) => new(SipParseErrorKind.StartLine, text, 0);
}
