using System.Text;

namespace CallCenter.Telephony.Sip.Messages;

/// <summary>Character classes and small text routines of the RFC 3261 §25 grammar, shared by the header views.</summary>
internal static class SipText
{
    /// <summary>token chars: alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~".</summary>
    public static bool IsTokenChar(int c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        c is '-' or '.' or '!' or '%' or '*' or '_' or '+' or '`' or '\'' or '~';

    public static bool IsWhite(int c) => c is ' ' or '\t' or '\r' or '\n';

    /// <summary>Length of the IPv6 reference "[…]" that <paramref name="s"/> starts with (hex digits, ':' and '.' inside), or -1.</summary>
    public static int IPv6ReferenceLength(ReadOnlySpan<char> s)
    {
        var end = s.IndexOf(']') + 1;
        if (end <= 2) return -1;
        foreach (var c in s[1..(end - 1)])
            if (!char.IsAsciiHexDigit(c) && c is not (':' or '.')) return -1;
        return end;
    }

    public static bool IsToken(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (var c in s) if (!IsTokenChar(c)) return false;
        return true;
    }

    public static bool IsToken(ReadOnlySpan<byte> s)
    {
        if (s.IsEmpty) return false;
        foreach (var c in s) if (!IsTokenChar(c)) return false;
        return true;
    }

    /// <summary>Digits only, no sign, value must fit below <paramref name="max"/> (inclusive).</summary>
    public static bool TryParseDigits(ReadOnlySpan<char> s, ulong max, out ulong value)
    {
        value = 0;
        if (s.IsEmpty) return false;
        foreach (var c in s)
        {
            if (c < '0' || c > '9') return false;
            var d = (ulong)(c - '0');
            if (value > (max - d) / 10) return false;
            value = value * 10 + d;
        }
        return true;
    }

    /// <summary>Index of the quote closing a quoted-string whose opening quote is at <paramref name="start"/>, honouring quoted-pairs; -1 if unterminated.</summary>
    public static int FindClosingQuote(ReadOnlySpan<char> s, int start)
    {
        for (var i = start + 1; i < s.Length; i++)
        {
            if (s[i] == '\\') { i++; continue; }
            if (s[i] == '"') return i;
        }
        return -1;
    }

    /// <summary>Content of a quoted-string (without quotes) with quoted-pairs resolved.</summary>
    public static string Unquote(ReadOnlySpan<char> inner)
    {
        if (inner.IndexOf('\\') < 0) return inner.ToString();
        var sb = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length) i++;
            sb.Append(inner[i]);
        }
        return sb.ToString();
    }

    /// <summary>Splits a header value at top-level commas (outside quoted strings and angle brackets). Returns false on unbalanced quotes or brackets.</summary>
    public static bool TrySplitList(string value, List<string> parts, bool keepEmpty = false)
    {
        var s = value.AsSpan();
        var start = 0;
        var inAngle = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '"')
            {
                var close = FindClosingQuote(s, i);
                if (close < 0) return false;
                i = close;
            }
            else if (c == '<') { if (inAngle) return false; inAngle = true; }
            else if (c == '>') { if (!inAngle) return false; inAngle = false; }
            else if (c == ',' && !inAngle)
            {
                Add(parts, s[start..i], keepEmpty);
                start = i + 1;
            }
        }
        if (inAngle) return false;
        if (start == 0 && s.Length > 0 && !IsWhite(s[0]) && !IsWhite(s[^1])) parts.Add(value); // the common single value: no copy
        else Add(parts, s[start..], keepEmpty);
        return true;

        static void Add(List<string> parts, ReadOnlySpan<char> part, bool keepEmpty)
        {
            var t = part.Trim(" \t");
            if (t.IsEmpty && !keepEmpty) return;
            parts.Add(t.ToString());
        }
    }

    /// <summary>Resolves %HH escapes; a '%' not followed by two hex digits is kept literally.</summary>
    public static string Unescape(ReadOnlySpan<char> s)
    {
        var pct = s.IndexOf('%');
        if (pct < 0) return s.ToString();
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(s.Length)];
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '%' && i + 2 < s.Length && IsHex(s[i + 1]) && IsHex(s[i + 2]))
            {
                bytes[n++] = (byte)(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2]));
                i += 2;
            }
            else if (c < 0x80) bytes[n++] = (byte)c;
            else
            {
                var len = char.IsHighSurrogate(c) && i + 1 < s.Length ? 2 : 1;
                n += Encoding.UTF8.GetBytes(s.Slice(i, len), bytes.AsSpan(n));
                i += len - 1;
            }
        }
        return Encoding.UTF8.GetString(bytes, 0, n);
    }

    public static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>True when every '%' starts a valid %HH escape.</summary>
    public static bool EscapesWellFormed(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '%') continue;
            if (i + 2 >= s.Length || !IsHex(s[i + 1]) || !IsHex(s[i + 2])) return false;
            i += 2;
        }
        return true;
    }
}
