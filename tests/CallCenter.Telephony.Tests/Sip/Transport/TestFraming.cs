using System.Text;
using CallCenter.Telephony.Sip.Transport;

namespace CallCenter.Telephony.Tests.Sip.Transport;

/// <summary>A minimal framer for transport mechanics: headers up to a blank line, then Content-Length bytes; "BAD" is unframeable.</summary>
internal sealed class TestFraming : IStreamFraming
{
    public StreamFrame Frame(ReadOnlySpan<byte> buffer)
    {
        var crlfs = 0;
        while (crlfs + 1 < buffer.Length && buffer[crlfs] == '\r' && buffer[crlfs + 1] == '\n') crlfs += 2;
        if (crlfs > 0) return StreamFrame.KeepAlive(crlfs);
        if (buffer.Length >= 3 && buffer[..3].SequenceEqual("BAD"u8)) return StreamFrame.Invalid;
        var end = buffer.IndexOf("\r\n\r\n"u8);
        if (end < 0) return StreamFrame.NeedMore;
        var headers = Encoding.ASCII.GetString(buffer[..end]);
        var length = 0;
        foreach (var line in headers.Split("\r\n"))
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line[15..].Trim());
        var total = end + 4 + length;
        return buffer.Length >= total ? StreamFrame.Message(total) : StreamFrame.NeedMore;
    }
}
