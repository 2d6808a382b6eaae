using System.Text;

namespace CallCenter.Telephony.Sip.Messages;

/// <summary>
/// Parses SIP messages from bytes (RFC 3261 §7, §25). Never throws on hostile input: every outcome is a
/// <see cref="SipParseResult"/>. Datagram input: the body is the rest of the datagram, cut to Content-Length
/// (trailing octets ignored). Stream input: Content-Length frames the message; partial input gives NeedMoreData.
/// </summary>
public static class SipParser
{
    private static ReadOnlySpan<byte> HeaderEnd => "\r\n\r\n"u8;

    /// <summary>Parses one UDP datagram (or any complete message).</summary>
    public static SipParseResult ParseDatagram(ReadOnlySpan<byte> datagram, SipParserOptions? options = null) =>
        Guarded(datagram, stream: false, options ?? SipParserOptions.Default);

    /// <summary>Parses the first message in a stream buffer; on success <see cref="SipParseResult.BytesConsumed"/> says how many octets it took.</summary>
    public static SipParseResult ParseStream(ReadOnlySpan<byte> buffer, SipParserOptions? options = null) =>
        Guarded(buffer, stream: true, options ?? SipParserOptions.Default);

    /// <summary>Parses a complete message given as text (tests and tools).</summary>
    public static SipParseResult Parse(string text) => ParseDatagram(Encoding.UTF8.GetBytes(text));

    private static SipParseResult Guarded(ReadOnlySpan<byte> input, bool stream, SipParserOptions options)
    {
        try
        {
            return ParseCore(input, stream, options);
        }
        catch (Exception ex)
        {
            // A grammar corner we did not foresee must not take the transport down; report it as a bad message.
            return SipParseResult.Fail(SipParseErrorKind.Internal, "Unparseable message: " + ex.GetType().Name,
                LooksLikeRequest(input), 400, framingLost: stream);
        }
    }

    private static SipParseResult ParseCore(ReadOnlySpan<byte> input, bool stream, SipParserOptions options)
    {
        // RFC 3261 §7.5: CRLFs before the start line are ignored (keep-alives).
        var skip = 0;
        while (skip < input.Length && (input[skip] == '\r' || input[skip] == '\n')) skip++;
        var data = input[skip..];
        var isRequest = LooksLikeRequest(data);
        if (data.IsEmpty)
            return stream ? SipParseResult.More(skip) : SipParseResult.Fail(SipParseErrorKind.Empty, "Empty datagram", false, 0);
        if (!stream && data.Length > options.MaxMessageSize)
            return TooLarge(isRequest, data.Length, options, isRequest ? HeadersWithinLimit(data, options) : null);

        var searchLimit = Math.Min(data.Length, options.MaxMessageSize);
        var headerEnd = data[..searchLimit].IndexOf(HeaderEnd);
        var missingEmptyLine = false;
        int headerLength, bodyStart;
        if (headerEnd < 0)
        {
            if (stream)
                return data.Length >= options.MaxMessageSize
                    ? TooLarge(isRequest, data.Length, options, isRequest ? HeadersWithinLimit(data, options) : null, framingLost: true)
                    : SipParseResult.More(skip);
            // A datagram without the empty line: read what is there, then refuse it (unless something worse shows up).
            missingEmptyLine = true;
            headerLength = data.Length;
            if (data.EndsWith("\r\n"u8)) headerLength -= 2;
            bodyStart = data.Length;
        }
        else
        {
            headerLength = headerEnd;
            bodyStart = headerEnd + 4;
        }

        var head = data[..headerLength];
        var lineEnd = head.IndexOf("\r\n"u8);
        var startLine = lineEnd < 0 ? head : head[..lineEnd];
        var start = SipStartLine.Parse(startLine, isRequest, out var message);
        if (start is not null)
        {
            // Still read the headers (best effort) so a 400/505 can copy Via, From, To, Call-ID and CSeq.
            var partial = new SipHeaderList();
            if (lineEnd >= 0 && isRequest) SipHeaderReader.Read(head[(lineEnd + 2)..], partial, options.MaxHeaderLines);
            return SipParseResult.Fail(start.Value.Kind, start.Value.Text, isRequest, start.Value.Status, partial, framingLost: stream);
        }

        var headers = message!.Headers;
        if (lineEnd >= 0)
        {
            var err = SipHeaderReader.Read(head[(lineEnd + 2)..], headers, options.MaxHeaderLines);
            if (err is not null)
                return SipParseResult.Fail(SipParseErrorKind.HeaderLine, err, isRequest, 400, headers, framingLost: stream);
        }

        // Framing: Content-Length (§18.3, §20.14).
        var clError = SipMessageChecks.ContentLength(headers, out var contentLength);
        if (clError is not null)
            return SipParseResult.Fail(SipParseErrorKind.ContentLength, clError, isRequest, 400, headers, framingLost: stream);

        var available = data.Length - bodyStart;
        int bodyLength;
        if (stream)
        {
            // Content-Length is mandatory on streams (§20.14); a sender that omits it is read as having no body,
            // which keeps the stream in step for the (common) bodiless requests.
            bodyLength = contentLength ?? 0;
            if ((long)bodyStart + bodyLength > options.MaxMessageSize)
                return TooLarge(isRequest, bodyStart + (long)bodyLength, options, headers, framingLost: true);
            if (available < bodyLength) return SipParseResult.More(skip);
        }
        else if (contentLength is { } cl)
        {
            if (cl > available)
                return SipParseResult.Fail(SipParseErrorKind.ContentLength,
                    $"Content-Length {cl} exceeds the {available} body octets received", isRequest, 400, headers);
            bodyLength = cl;
        }
        else bodyLength = available;

        var consumed = skip + bodyStart + bodyLength;
        var semantic = SipMessageChecks.Validate(message, out var kind, out var status);
        if (semantic is not null)
            return SipParseResult.Fail(kind, semantic, isRequest, status, headers, consumed);
        if (missingEmptyLine)
            return SipParseResult.Fail(SipParseErrorKind.MissingEmptyLine, "Header section not closed by an empty line",
                isRequest, 400, headers, consumed);

        message.Body = bodyLength == 0 ? ReadOnlyMemory<byte>.Empty : data.Slice(bodyStart, bodyLength).ToArray();
        return SipParseResult.Ok(message, consumed);
    }

    private static SipParseResult TooLarge(bool isRequest, long size, SipParserOptions options, SipHeaderList? headers = null, bool framingLost = false) =>
        SipParseResult.Fail(SipParseErrorKind.TooLarge,
            $"Message of {size} octets exceeds the limit of {options.MaxMessageSize}", isRequest, 513, headers, framingLost: framingLost);

    // For a 513: the complete header lines inside the size limit (bounded work), so Via, From, To, Call-ID and CSeq can be copied when they come first.
    private static SipHeaderList HeadersWithinLimit(ReadOnlySpan<byte> data, SipParserOptions options)
    {
        var headers = new SipHeaderList();
        var window = data[..Math.Min(data.Length, options.MaxMessageSize)];
        var lastCrlf = window.LastIndexOf("\r\n"u8);
        var firstCrlf = window.IndexOf("\r\n"u8);
        if (firstCrlf < 0 || lastCrlf <= firstCrlf) return headers;
        var end = window[..lastCrlf].IndexOf("\r\n\r\n"u8);
        SipHeaderReader.Read(window[(firstCrlf + 2)..(end >= 0 ? end : lastCrlf)], headers, options.MaxHeaderLines);
        return headers;
    }

    // Responses start with "SIP/"; anything else is treated as a (possibly broken) request.
    private static bool LooksLikeRequest(ReadOnlySpan<byte> data) =>
        !(data.Length >= 4 && (data[0] | 0x20) == 's' && (data[1] | 0x20) == 'i' && (data[2] | 0x20) == 'p' && data[3] == '/');
}
