using System.Text;

namespace CallCenter.Telephony.Sdp;

/// <summary>Writes an <see cref="SdpSessionDescription"/> in the line order of RFC 8866 §5, with CRLF line ends.</summary>
public static class SdpWriter
{
    /// <summary>The SDP body text.</summary>
    public static string Write(SdpSessionDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var sb = new StringBuilder(512);
        Line(sb, 'v', SdpNumbers.Text(description.Version));
        Line(sb, 'o', description.Origin.ToString());
        Line(sb, 's', description.SessionName.Length == 0 ? " " : description.SessionName);
        Optional(sb, 'i', description.Information);
        Optional(sb, 'u', description.Uri);
        foreach (var email in description.Emails)
        {
            Line(sb, 'e', email);
        }

        foreach (var phone in description.Phones)
        {
            Line(sb, 'p', phone);
        }

        Optional(sb, 'c', description.Connection?.ToString());
        foreach (var bandwidth in description.Bandwidths)
        {
            Line(sb, 'b', bandwidth.ToString());
        }

        if (description.Timings.Count == 0)
        {
            Line(sb, 't', "0 0");
        }

        foreach (var timing in description.Timings)
        {
            Line(sb, 't', $"{timing.Start} {timing.Stop}");
            foreach (var repeat in timing.Repeats)
            {
                Line(sb, 'r', repeat);
            }
        }

        Optional(sb, 'z', description.TimeZones);
        Optional(sb, 'k', description.Key);
        foreach (var attribute in description.Attributes)
        {
            Line(sb, 'a', attribute.ToString());
        }

        foreach (var media in description.Media)
        {
            WriteMedia(sb, media);
        }

        return sb.ToString();
    }

    private static void WriteMedia(StringBuilder sb, SdpMedia media)
    {
        sb.Append("m=").Append(media.Media).Append(' ').Append(SdpNumbers.Text(media.Port));
        if (media.PortCount is { } count)
        {
            sb.Append('/').Append(SdpNumbers.Text(count));
        }

        sb.Append(' ').Append(media.Protocol);
        foreach (var format in media.Formats)
        {
            sb.Append(' ').Append(format);
        }

        sb.Append("\r\n");
        Optional(sb, 'i', media.Information);
        foreach (var connection in media.Connections)
        {
            Line(sb, 'c', connection.ToString());
        }

        foreach (var bandwidth in media.Bandwidths)
        {
            Line(sb, 'b', bandwidth.ToString());
        }

        Optional(sb, 'k', media.Key);
        foreach (var attribute in media.Attributes)
        {
            Line(sb, 'a', attribute.ToString());
        }
    }

    private static void Optional(StringBuilder sb, char type, string? value)
    {
        if (value is not null)
        {
            Line(sb, type, value);
        }
    }

    private static void Line(StringBuilder sb, char type, string value) =>
        sb.Append(type).Append('=').Append(value).Append("\r\n");
}
