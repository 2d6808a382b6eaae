using System.Globalization;
using System.Text;
using CallCenter.Telephony.Media.Dtmf;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>
/// DTMF in SIP INFO bodies, as phones send them: <c>application/dtmf-relay</c> (<c>Signal=5\r\nDuration=160</c>,
/// Signal a digit or an RFC 4733 event code such as 11 for #) and <c>application/dtmf</c> (the digit, or its
/// event code, alone). Anything else is not DTMF.
/// </summary>
public static class DtmfInfo
{
    public const string RelayContentType = "application/dtmf-relay";
    public const string PlainContentType = "application/dtmf";

    /// <summary>The digit the body carries (0-9 * # A-D), or null; <paramref name="durationMs"/> when the body gives one.</summary>
    public static char? Parse(string? contentType, ReadOnlySpan<byte> body, out int? durationMs)
    {
        durationMs = null;
        var type = contentType?.Split(';')[0].Trim();
        if (body.IsEmpty || body.Length > 1024 || type is null) return null;
        var text = Encoding.UTF8.GetString(body);
        if (string.Equals(type, RelayContentType, StringComparison.OrdinalIgnoreCase))
        {
            char? digit = null;
            foreach (var raw in text.Split('\n'))
            {
                var line = raw.Trim();
                var eq = line.IndexOf('=');
                if (eq < 0) continue;
                var name = line[..eq].Trim();
                var value = line[(eq + 1)..].Trim();
                if (name.Equals("Signal", StringComparison.OrdinalIgnoreCase)) digit = Digit(value);
                else if (name.Equals("Duration", StringComparison.OrdinalIgnoreCase) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)) durationMs = ms;
            }
            return digit;
        }
        if (string.Equals(type, PlainContentType, StringComparison.OrdinalIgnoreCase))
        {
            var value = text.Trim();
            // Some phones send the relay form under this type too.
            if (value.StartsWith("Signal", StringComparison.OrdinalIgnoreCase)) return Parse(RelayContentType, body, out durationMs);
            return Digit(value);
        }
        return null;
    }

    private static char? Digit(string value)
    {
        if (value.Length == 1 && DtmfEvents.TryGetEventCode(char.ToUpperInvariant(value[0]), out _)) return char.ToUpperInvariant(value[0]);
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && DtmfEvents.TryGetDigit(code, out var digit)) return digit;
        return null;
    }
}
