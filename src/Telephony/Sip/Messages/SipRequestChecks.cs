namespace CallCenter.Telephony.Sip.Messages;

/// <summary>The UAS checks of RFC 3261 §8.2.1–8.2.2 on a parsed request: mandatory and single-valued headers, URI scheme, Require.</summary>
public static class SipRequestChecks
{
    private static readonly string[] Mandatory =
        [SipHeaderNames.Via, SipHeaderNames.From, SipHeaderNames.To, SipHeaderNames.CallId, SipHeaderNames.CSeq];

    private static readonly string[] SingleValued =
        [SipHeaderNames.From, SipHeaderNames.To, SipHeaderNames.CallId, SipHeaderNames.CSeq, SipHeaderNames.MaxForwards, SipHeaderNames.ContentLength];

    /// <summary>Null when the request may be processed; else the response to send. <paramref name="supportedExtensions"/> are the option tags we implement (Require is checked except for CANCEL and ACK, §8.2.2.3).</summary>
    public static SipRequestProblem? Check(SipRequest request, IReadOnlyCollection<string>? supportedExtensions = null)
    {
        foreach (var name in Mandatory)
            if (request.Headers.CountOf(name) == 0) return new(400, $"Missing {name} header", []);
        foreach (var name in SingleValued)
            if (request.Headers.CountOf(name) > 1) return new(400, $"Multiple {name} headers", []);
        if (!request.RequestUri.IsSip && !request.RequestUri.Scheme.Equals("tel", StringComparison.OrdinalIgnoreCase))
            return new(416, $"Unsupported URI scheme {request.RequestUri.Scheme}", []);
        if (request.Method is SipMethods.Cancel or SipMethods.Ack) return null;
        var unsupported = new List<string>();
        foreach (var tag in request.Require)
        {
            var known = false;
            if (supportedExtensions is not null)
                foreach (var s in supportedExtensions)
                    if (string.Equals(s, tag, StringComparison.OrdinalIgnoreCase)) { known = true; break; }
            if (!known) unsupported.Add(tag);
        }
        return unsupported.Count > 0 ? new(420, "Unsupported extension required: " + string.Join(", ", unsupported), unsupported) : null;
    }
}
