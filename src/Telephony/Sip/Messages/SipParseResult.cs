namespace CallCenter.Telephony.Sip.Messages;

/// <summary>What <see cref="SipParser"/> made of some bytes: a message, a request for more data, or an error with the response to send (if any).</summary>
public sealed class SipParseResult
{
    private SipParseResult(SipParseStatus status) => Status = status;

    /// <summary>Success, NeedMoreData or Invalid.</summary>
    public SipParseStatus Status { get; private init; }

    /// <summary>True when <see cref="Message"/> holds a parsed message.</summary>
    public bool IsSuccess => Status == SipParseStatus.Success;

    /// <summary>The message on success.</summary>
    public SipMessage? Message { get; private init; }

    /// <summary>The message as a request, or null.</summary>
    public SipRequest? Request => Message as SipRequest;

    /// <summary>The message as a response, or null.</summary>
    public SipResponse? Response => Message as SipResponse;

    /// <summary>Octets the stream reader may discard: the whole message on success, leading CRLF keep-alives on NeedMoreData, the bad message on Invalid when framing survived (0 when the connection must be closed).</summary>
    public int BytesConsumed { get; private init; }

    /// <summary>Why the input was refused.</summary>
    public SipParseErrorKind Error { get; private init; }

    /// <summary>A sentence naming the problem, fit for a 400 reason phrase and a log line.</summary>
    public string? ErrorMessage { get; private init; }

    /// <summary>True when the input looked like a request (responses are never answered).</summary>
    public bool IsRequest { get; private init; }

    /// <summary>True when the sender should get <see cref="ResponseStatusCode"/>; false means drop silently (and count).</summary>
    public bool CanRespond => ResponseStatusCode != 0;

    /// <summary>400, 505, 513, 501… or 0 when the message is to be dropped.</summary>
    public int ResponseStatusCode { get; private init; }

    /// <summary>On a stream: true when message boundaries are lost and the connection should be closed after any response.</summary>
    public bool FramingLost { get; private init; }

    /// <summary>Header lines read before the error (Via, From, To, Call-ID, CSeq for an error response), or null.</summary>
    public SipHeaderList? HeadersRead { get; private init; }

    internal static SipParseResult Ok(SipMessage message, int consumed) =>
        new(SipParseStatus.Success) { Message = message, BytesConsumed = consumed, IsRequest = message is SipRequest };

    internal static SipParseResult More(int consumed) => new(SipParseStatus.NeedMoreData) { BytesConsumed = consumed };

    internal static SipParseResult Fail(SipParseErrorKind kind, string message, bool isRequest, int statusCode,
        SipHeaderList? headers = null, int consumed = 0, bool framingLost = false) =>
        new(SipParseStatus.Invalid)
        {
            Error = kind,
            ErrorMessage = message,
            IsRequest = isRequest,
            ResponseStatusCode = isRequest ? statusCode : 0,
            HeadersRead = headers,
            BytesConsumed = consumed,
            FramingLost = framingLost,
        };

    /// <inheritdoc />
    public override string ToString() => Status switch
    {
        SipParseStatus.Success => $"Success: {Message!.StartLine}",
        SipParseStatus.NeedMoreData => "NeedMoreData",
        _ => $"Invalid {Error} ({(CanRespond ? ResponseStatusCode.ToString() : "drop")}): {ErrorMessage}",
    };
}
