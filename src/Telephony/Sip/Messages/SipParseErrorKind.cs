namespace CallCenter.Telephony.Sip.Messages;

/// <summary>Why a message was refused.</summary>
public enum SipParseErrorKind
{
    /// <summary>No error.</summary>
    None,

    /// <summary>Nothing but CRLF keep-alives or whitespace.</summary>
    Empty,

    /// <summary>Larger than <see cref="SipParserOptions.MaxMessageSize"/>.</summary>
    TooLarge,

    /// <summary>Request line or status line does not follow the grammar.</summary>
    StartLine,

    /// <summary>SIP version other than 2.0 (505).</summary>
    UnsupportedVersion,

    /// <summary>A header line is not "name: value" with a token name.</summary>
    HeaderLine,

    /// <summary>A header the stack relies on has a malformed value.</summary>
    HeaderValue,

    /// <summary>Content-Length missing, malformed, conflicting, or larger than the data.</summary>
    ContentLength,

    /// <summary>The header section is not closed by an empty line.</summary>
    MissingEmptyLine,

    /// <summary>CSeq method differs from the request method.</summary>
    CSeqMethodMismatch,

    /// <summary>The parser hit a case it does not handle (a bug in the parser, not only in the input); log it.</summary>
    Internal,
}
