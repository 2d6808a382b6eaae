namespace CallCenter.Telephony.Sip.Messages;

/// <summary>A SIP response: status code, reason phrase, headers, body.</summary>
public sealed class SipResponse : SipMessage
{
    /// <summary>Creates a response; a null reason takes the RFC 3261 default phrase.</summary>
    public SipResponse(int statusCode, string? reasonPhrase = null)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase ?? SipReasonPhrases.For(statusCode);
    }

    /// <summary>Status code, 100–699.</summary>
    public int StatusCode { get; set; }

    /// <summary>Reason phrase as received (any UTF-8, possibly empty).</summary>
    public string ReasonPhrase { get; set; }

    /// <summary>True for 1xx.</summary>
    public bool IsProvisional => StatusCode < 200;

    /// <inheritdoc />
    public override string StartLine => $"{Version} {StatusCode} {ReasonPhrase}";
}
