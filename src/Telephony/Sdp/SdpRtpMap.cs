using System.Globalization;

namespace CallCenter.Telephony.Sdp;

/// <summary>An a=rtpmap value (RFC 8866 §6.6): "&lt;pt&gt; &lt;encoding&gt;/&lt;clock rate&gt;[/&lt;channels&gt;]".</summary>
public sealed record SdpRtpMap(int PayloadType, string EncodingName, int ClockRate, int? Channels = null)
{
    /// <summary>The value as written after "a=rtpmap:".</summary>
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{PayloadType} {EncodingName}/{ClockRate}");
        return Channels is { } channels ? text + "/" + channels.ToString(CultureInfo.InvariantCulture) : text;
    }

    /// <summary>Parses the text after "a=rtpmap:"; false when it is malformed.</summary>
    public static bool TryParse(string? value, out SdpRtpMap rtpMap)
    {
        rtpMap = null!;
        if (value is null)
        {
            return false;
        }

        var space = value.IndexOf(' ');
        if (space <= 0 || !SdpNumbers.TryPayloadType(value.AsSpan(0, space), out var pt))
        {
            return false;
        }

        var parts = value[(space + 1)..].Trim().Split('/');
        if (parts.Length is < 2 or > 3 || parts[0].Length == 0
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var clock) || clock <= 0)
        {
            return false;
        }

        int? channels = null;
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ch) || ch <= 0)
            {
                return false;
            }

            channels = ch;
        }

        rtpMap = new SdpRtpMap(pt, parts[0], clock, channels);
        return true;
    }
}
