using System.Text;

namespace CallCenter.Telephony.Sip.Messages;

/// <summary>Builds responses to requests as RFC 3261 §8.2.6 says: Via (all, in order), From, To (+ tag), Call-ID and CSeq copied.</summary>
public static class SipResponseFactory
{
    /// <summary>Creates a response to <paramref name="request"/>. A To-tag is added for codes above 100 when To has none (pass the dialog's tag, or one is generated).</summary>
    public static SipResponse Create(SipRequest request, int statusCode, string? reasonPhrase = null, string? toTag = null)
    {
        var response = new SipResponse(statusCode, reasonPhrase);
        CopyHeaders(request.Headers, response.Headers, statusCode, toTag, request.To?.Tag is not null);
        return response;
    }

    /// <summary>Creates the error response for a refused request (400, 505, 513, 501…), copying what headers could be read; null when the input must be dropped (a response, or no Via to route a reply).</summary>
    public static SipResponse? CreateForParseError(SipParseResult result)
    {
        if (result.Status != SipParseStatus.Invalid || !result.CanRespond) return null;
        // Without a Via the response cannot be routed back (RFC 3261 §18.2.2): the caller drops and counts instead.
        if (result.HeadersRead?.Get(SipHeaderNames.Via) is null) return null;
        var code = result.ResponseStatusCode;
        var reason = SipReasonPhrases.For(code);
        if (result.ErrorMessage is { } m) reason = $"{reason} ({Sanitize(m)})";
        var response = new SipResponse(code, reason);
        if (result.HeadersRead is { } headers)
        {
            var hasTag = headers.Get(SipHeaderNames.To) is { } to && SipNameAddress.Parse(to)?.Tag is not null;
            CopyHeaders(headers, response.Headers, code, null, hasTag);
        }
        return response;
    }

    /// <summary>A random tag of 16 hex digits (RFC 3261 §19.3 asks for at least 32 bits of randomness).</summary>
    public static string NewTag() => Convert.ToHexStringLower(BitConverter.GetBytes(Random.Shared.NextInt64()));

    private static void CopyHeaders(SipHeaderList from, SipHeaderList to, int statusCode, string? toTag, bool toHasTag)
    {
        foreach (var h in from)
        {
            var n = h.Name;
            if (ReferenceEquals(n, SipHeaderNames.Via) || ReferenceEquals(n, SipHeaderNames.From)
                || ReferenceEquals(n, SipHeaderNames.CallId) || ReferenceEquals(n, SipHeaderNames.CSeq))
                to.AddCanonical(n, h.Value);
            else if (ReferenceEquals(n, SipHeaderNames.To))
                to.AddCanonical(n, statusCode > 100 && !toHasTag ? $"{h.Value};tag={toTag ?? NewTag()}" : h.Value);
            else if (statusCode == 100 && ReferenceEquals(n, SipHeaderNames.Timestamp))
                to.AddCanonical(n, h.Value); // §8.2.6.1
        }
    }

    // A reason phrase must not break the status line: printable ASCII only.
    private static string Sanitize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(c is >= ' ' and < (char)0x7f ? c : '?');
        return sb.ToString();
    }
}
