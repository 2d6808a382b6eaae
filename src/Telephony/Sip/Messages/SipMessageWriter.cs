using System.Buffers;
using System.Text;

namespace CallCenter.Telephony.Sip.Messages;

/// <summary>Serialises a message: start line, headers with canonical names in order, a Content-Length matching the body, CRLF line ends.</summary>
public static class SipMessageWriter
{
    /// <summary>The message as a new byte array.</summary>
    public static byte[] ToBytes(SipMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>(512 + message.Body.Length);
        Write(message, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the message into <paramref name="output"/> (e.g. a pooled send buffer).</summary>
    public static void Write(SipMessage message, IBufferWriter<byte> output)
    {
        WriteText(output, message.StartLine);
        WriteCrlf(output);
        var lengthWritten = false;
        foreach (var h in message.Headers)
        {
            // Content-Length is regenerated from the body, in the place of the first one received.
            if (ReferenceEquals(h.Name, SipHeaderNames.ContentLength) || h.Is(SipHeaderNames.ContentLength))
            {
                if (!lengthWritten) WriteContentLength(output, message.Body.Length);
                lengthWritten = true;
                continue;
            }
            WriteText(output, h.Name);
            WriteText(output, ": ");
            WriteText(output, h.Value);
            WriteCrlf(output);
        }
        if (!lengthWritten) WriteContentLength(output, message.Body.Length);
        WriteCrlf(output);
        if (!message.Body.IsEmpty) output.Write(message.Body.Span);
    }

    /// <summary>The message as text (UTF-8 decoded), for logs and tests.</summary>
    public static string ToText(SipMessage message) => Encoding.UTF8.GetString(ToBytes(message));

    private static void WriteText(IBufferWriter<byte> output, ReadOnlySpan<char> text)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        var n = Encoding.UTF8.GetBytes(text, span);
        output.Advance(n);
    }

    private static void WriteContentLength(IBufferWriter<byte> output, int length)
    {
        WriteText(output, SipHeaderNames.ContentLength);
        WriteText(output, ": ");
        Span<char> digits = stackalloc char[11];
        length.TryFormat(digits, out var n, default, System.Globalization.CultureInfo.InvariantCulture);
        WriteText(output, digits[..n]);
        WriteCrlf(output);
    }

    private static void WriteCrlf(IBufferWriter<byte> output) => output.Write("\r\n"u8);
}
