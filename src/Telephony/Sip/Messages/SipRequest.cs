namespace CallCenter.Telephony.Sip.Messages;

/// <summary>A SIP request: method, Request-URI, headers, body.</summary>
public sealed class SipRequest : SipMessage
{
    /// <summary>Creates a request.</summary>
    public SipRequest(string method, SipUri requestUri)
    {
        Method = method;
        RequestUri = requestUri;
    }

    /// <summary>The method (case-sensitive token; unknown methods kept as received).</summary>
    public string Method { get; set; }

    /// <summary>The Request-URI; may be a non-SIP scheme (the UAS answers 416).</summary>
    public SipUri RequestUri { get; set; }

    /// <inheritdoc />
    public override string StartLine => $"{Method} {RequestUri.Raw} {Version}";
}
