using System.Buffers;
using System.Text;

namespace CallCenter.Telephony.Sip.Messages;

/// <summary>Splits the header section into lines, joins folded continuation lines (LWS, RFC 3261 §7.3.1) and canonicalises names.</summary>
internal static class SipHeaderReader
{
    /// <summary>Reads headers from the bytes after the start line's CRLF up to (not including) the empty line. Returns an error text or null.</summary>
    public static string? Read(ReadOnlySpan<byte> section, SipHeaderList into, int maxLines)
    {
        var lineNo = 1;
        while (!section.IsEmpty)
        {
            lineNo++;
            if (into.Count >= maxLines) return $"More than {maxLines} header lines";
            // A logical header runs until a CRLF not followed by SP/HT.
            var end = 0;
            var folded = false;
            while (true)
            {
                var crlf = section[end..].IndexOf("\r\n"u8);
                if (crlf < 0) { end = section.Length; break; }
                end += crlf;
                if (end + 2 < section.Length && (section[end + 2] == ' ' || section[end + 2] == '\t'))
                {
                    folded = true;
                    end += 2;
                    continue;
                }
                break;
            }
            var line = section[..end];
            section = end + 2 <= section.Length ? section[(end + 2)..] : ReadOnlySpan<byte>.Empty;

            if (line.IsEmpty) return $"Empty line inside the header section (line {lineNo})";
            if (line[0] == ' ' || line[0] == '\t') return $"Header line {lineNo} starts with whitespace";
            var colon = line.IndexOf((byte)':');
            if (colon < 0) return $"Header line {lineNo} has no colon";
            var name = line[..colon].TrimEnd(" \t"u8);
            if (!SipText.IsToken(name)) return $"Header line {lineNo} has an invalid name";
            // CR and LF may only appear as a fold: CRLF followed by SP or HT.
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] == '\n' && (i == 0 || line[i - 1] != '\r')) return $"Header line {lineNo} contains a bare LF";
                if (line[i] == '\r' && (i + 2 >= line.Length || line[i + 1] != '\n' || (line[i + 2] != ' ' && line[i + 2] != '\t')))
                    return $"Header line {lineNo} contains a bare CR";
            }
            var canonical = SipHeaderNames.Canonical(name);
            var value = line[(colon + 1)..].Trim(" \t"u8);
            into.AddCanonical(canonical, folded ? Unfold(value) : Encoding.UTF8.GetString(value));
        }
        return null;
    }

    // Each "*WSP CRLF 1*WSP" becomes one SP.
    private static string Unfold(ReadOnlySpan<byte> value)
    {
        var rented = ArrayPool<byte>.Shared.Rent(value.Length);
        try
        {
            var n = 0;
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
                {
                    while (n > 0 && (rented[n - 1] == ' ' || rented[n - 1] == '\t')) n--;
                    i += 2;
                    while (i < value.Length && (value[i] == ' ' || value[i] == '\t')) i++;
                    i--;
                    // A fold right after the colon (value empty so far) adds no space.
                    if (n > 0) rented[n++] = (byte)' ';
                    continue;
                }
                rented[n++] = value[i];
            }
            return Encoding.UTF8.GetString(rented, 0, n);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
