namespace CallCenter.Telephony.Sip.Messages;

/// <summary>Parse-time checks of the headers the transport and transaction layers depend on (RFC 3261 §8.2.2, §20; RFC 4475 §3.1.2).</summary>
internal static class SipMessageChecks
{
    private static readonly string[] AddressLists = [SipHeaderNames.Contact, SipHeaderNames.Route, SipHeaderNames.RecordRoute];

    /// <summary>Content-Length lines: digits only, and all lines agree (RFC 4475 mcl01). Null when fine.</summary>
    public static string? ContentLength(SipHeaderList headers, out int? length)
    {
        length = null;
        foreach (var h in headers)
        {
            if (!ReferenceEquals(h.Name, SipHeaderNames.ContentLength)) continue;
            var v = h.Value.AsSpan().Trim(" \t");
            if (v.Length > 0 && v[0] == '-') return $"Content-Length {h.Value} is negative";
            if (!SipText.TryParseDigits(v, int.MaxValue, out var n)) return $"Content-Length '{Shorten(h.Value)}' is not a number";
            if (length is not null && length != (int)n) return "Conflicting Content-Length values";
            length = (int)n;
        }
        return null;
    }

    /// <summary>Validates Via, From, To, Call-ID, CSeq, Max-Forwards, Contact, Route, Record-Route and Date; null when fine.</summary>
    public static string? Validate(SipMessage message, out SipParseErrorKind kind, out int status)
    {
        kind = SipParseErrorKind.HeaderValue;
        status = 400;
        var parts = new List<string>();
        var vias = new List<SipVia>();
        SipNameAddress? from = null, to = null;
        SipCSeq? firstCSeq = null;
        foreach (var h in message.Headers)
        {
            var name = h.Name;
            if (ReferenceEquals(name, SipHeaderNames.Via))
            {
                parts.Clear();
                if (!SipText.TrySplitList(h.Value, parts, keepEmpty: true)) return "Via has unbalanced quotes or brackets";
                foreach (var p in parts)
                {
                    var via = SipVia.Parse(p);
                    if (via is null) return $"Malformed Via '{Shorten(p)}'";
                    vias.Add(via);
                }
            }
            else if (ReferenceEquals(name, SipHeaderNames.From) || ReferenceEquals(name, SipHeaderNames.To))
            {
                var address = SipNameAddress.Parse(h.Value);
                if (address is null) return $"Malformed {name} '{Shorten(h.Value)}'";
                if (ReferenceEquals(name, SipHeaderNames.From)) from ??= address;
                else to ??= address;
            }
            else if (Array.IndexOf(AddressLists, name) >= 0)
            {
                parts.Clear();
                if (!SipText.TrySplitList(h.Value, parts, keepEmpty: true)) return $"{name} has unbalanced quotes or brackets";
                foreach (var p in parts)
                {
                    var ok = ReferenceEquals(name, SipHeaderNames.Contact) ? SipContact.Parse(p) is not null : SipNameAddress.Parse(p) is not null;
                    if (!ok) return $"Malformed {name} '{Shorten(p)}'";
                }
            }
            else if (ReferenceEquals(name, SipHeaderNames.CallId))
            {
                var v = h.Value.AsSpan();
                if (v.IsEmpty || v.IndexOfAny(" \t") >= 0) return "Malformed Call-ID";
            }
            else if (ReferenceEquals(name, SipHeaderNames.CSeq))
            {
                var cseq = SipCSeq.Parse(h.Value);
                if (cseq is null) return $"Malformed CSeq '{Shorten(h.Value)}' (number must be below 2^31)";
                firstCSeq ??= cseq;
                if (message is SipRequest r && !string.Equals(cseq.Method, r.Method, StringComparison.Ordinal))
                {
                    kind = SipParseErrorKind.CSeqMethodMismatch;
                    // RFC 4475 §3.1.2.18: an unknown method is better answered 501 than 400.
                    status = SipMethods.IsKnown(r.Method) ? 400 : 501;
                    return $"CSeq method {cseq.Method} does not match request method {r.Method}";
                }
            }
            else if (ReferenceEquals(name, SipHeaderNames.MaxForwards))
            {
                if (!SipText.TryParseDigits(h.Value.AsSpan().Trim(" \t"), 255, out _)) return $"Max-Forwards '{Shorten(h.Value)}' is not 0-255";
            }
            else if (ReferenceEquals(name, SipHeaderNames.Date))
            {
                // SIP-date is RFC 1123 with GMT only (RFC 3261 §20.17).
                if (!h.Value.EndsWith(" GMT", StringComparison.Ordinal)) return $"Date '{Shorten(h.Value)}' is not in GMT";
            }
        }
        message.SeedViews(from, to, firstCSeq, vias);
        return null;
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
