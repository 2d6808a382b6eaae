namespace CallCenter.Telephony.Sdp;

/// <summary>An a=rtcp value (RFC 3605): the RTCP port, and an address when it differs from c=.</summary>
public sealed record SdpRtcp(int Port, SdpConnection? Connection = null)
{
    /// <summary>The value as written after "a=rtcp:".</summary>
    public override string ToString() =>
        Connection is null ? SdpNumbers.Text(Port) : SdpNumbers.Text(Port) + " " + Connection;

    /// <summary>Parses the text after "a=rtcp:"; false when it is malformed.</summary>
    public static bool TryParse(string? value, out SdpRtcp rtcp)
    {
        rtcp = null!;
        if (value is null)
        {
            return false;
        }

        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is not (1 or 4) || !SdpNumbers.TryPort(parts[0], out var port))
        {
            return false;
        }

        rtcp = new SdpRtcp(port, parts.Length == 4 ? new SdpConnection(parts[1], parts[2], parts[3]) : null);
        return true;
    }
}
