namespace CallCenter.Telephony.Sip.Messages;

/// <summary>
/// A SIP request or response: headers in order, body bytes, and typed views of the headers the stack uses.
/// Via, From, To and CSeq are parsed once (and again only after <see cref="Headers"/> changes); the list views
/// (Contacts, Routes, Allow…) are parsed on each read, so keep the result. Not thread-safe.
/// </summary>
public abstract class SipMessage
{
    private int _cacheVersion = -1;
    private SipNameAddress? _from, _to;
    private SipCSeq? _cseq;
    private IReadOnlyList<SipVia>? _vias;

    /// <summary>"SIP/2.0".</summary>
    public string Version { get; set; } = "SIP/2.0";

    /// <summary>All header lines in order; typed views below read from here.</summary>
    public SipHeaderList Headers { get; } = new();

    /// <summary>The body (exactly Content-Length octets when parsed).</summary>
    public ReadOnlyMemory<byte> Body { get; set; } = ReadOnlyMemory<byte>.Empty;

    /// <summary>Via values top first (all lines, comma lists split); empty when absent; malformed values are skipped.</summary>
    public IReadOnlyList<SipVia> Vias { get { Refresh(); return _vias!; } }

    /// <summary>The top Via, or null.</summary>
    public SipVia? TopVia => Vias.Count > 0 ? Vias[0] : null;

    /// <summary>The From address, or null when absent or malformed.</summary>
    public SipNameAddress? From { get { Refresh(); return _from; } }

    /// <summary>The To address, or null when absent or malformed.</summary>
    public SipNameAddress? To { get { Refresh(); return _to; } }

    /// <summary>The Call-ID, or null.</summary>
    public string? CallId => Headers.Get(SipHeaderNames.CallId);

    /// <summary>CSeq, or null when absent or malformed.</summary>
    public SipCSeq? CSeq { get { Refresh(); return _cseq; } }

    /// <summary>Max-Forwards (0–255), or null when absent or malformed.</summary>
    public int? MaxForwards =>
        SipText.TryParseDigits(Headers.Get(SipHeaderNames.MaxForwards).AsSpan().Trim(" \t"), 255, out var v) ? (int)v : null;

    /// <summary>Content-Length as declared, or null when absent or malformed.</summary>
    public int? ContentLength =>
        SipText.TryParseDigits(Headers.Get(SipHeaderNames.ContentLength).AsSpan().Trim(" \t"), int.MaxValue, out var v) ? (int)v : null;

    /// <summary>Content-Type value (media type with parameters), or null.</summary>
    public string? ContentType => Headers.Get(SipHeaderNames.ContentType);

    /// <summary>Expires header in seconds (clamped to 2**32-1), or null.</summary>
    public long? Expires => SipHeaderValues.ParseDeltaSeconds(Headers.Get(SipHeaderNames.Expires));

    /// <summary>User-Agent, or null.</summary>
    public string? UserAgent => Headers.Get(SipHeaderNames.UserAgent);

    /// <summary>Event (RFC 6665), or null.</summary>
    public string? Event => Headers.Get(SipHeaderNames.Event);

    /// <summary>Contact values in order (wildcard included); malformed values are skipped.</summary>
    public IReadOnlyList<SipContact> Contacts => ParseElements(SipHeaderNames.Contact, SipContact.Parse);

    /// <summary>Route values in order.</summary>
    public IReadOnlyList<SipNameAddress> Routes => ParseElements(SipHeaderNames.Route, SipNameAddress.Parse);

    /// <summary>Record-Route values in order.</summary>
    public IReadOnlyList<SipNameAddress> RecordRoutes => ParseElements(SipHeaderNames.RecordRoute, SipNameAddress.Parse);

    /// <summary>Allow methods.</summary>
    public IReadOnlyList<string> Allow => Tokens(SipHeaderNames.Allow);

    /// <summary>Supported option tags.</summary>
    public IReadOnlyList<string> Supported => Tokens(SipHeaderNames.Supported);

    /// <summary>Require option tags (the UAS answers 420 with Unsupported for tags it lacks).</summary>
    public IReadOnlyList<string> Require => Tokens(SipHeaderNames.Require);

    /// <summary>Proxy-Require option tags.</summary>
    public IReadOnlyList<string> ProxyRequire => Tokens(SipHeaderNames.ProxyRequire);

    /// <summary>Unsupported option tags.</summary>
    public IReadOnlyList<string> Unsupported => Tokens(SipHeaderNames.Unsupported);

    /// <summary>Authorization values (one per line; the comma list belongs to one credential).</summary>
    public IReadOnlyList<SipAuthHeader> Authorizations => AuthValues(SipHeaderNames.Authorization);

    /// <summary>Proxy-Authorization values.</summary>
    public IReadOnlyList<SipAuthHeader> ProxyAuthorizations => AuthValues(SipHeaderNames.ProxyAuthorization);

    /// <summary>WWW-Authenticate challenges.</summary>
    public IReadOnlyList<SipAuthHeader> WwwAuthenticates => AuthValues(SipHeaderNames.WwwAuthenticate);

    /// <summary>Proxy-Authenticate challenges.</summary>
    public IReadOnlyList<SipAuthHeader> ProxyAuthenticates => AuthValues(SipHeaderNames.ProxyAuthenticate);

    /// <summary>The start line without CRLF.</summary>
    public abstract string StartLine { get; }

    /// <summary>Stores the views the parser already built while validating, so the first read costs nothing.</summary>
    internal void SeedViews(SipNameAddress? from, SipNameAddress? to, SipCSeq? cseq, List<SipVia> vias)
    {
        (_from, _to, _cseq, _vias) = (from, to, cseq, vias);
        _cacheVersion = Headers.Version;
    }

    private void Refresh()
    {
        if (_cacheVersion == Headers.Version) return;
        var from = Headers.Get(SipHeaderNames.From);
        var to = Headers.Get(SipHeaderNames.To);
        var cseq = Headers.Get(SipHeaderNames.CSeq);
        _from = from is null ? null : SipNameAddress.Parse(from);
        _to = to is null ? null : SipNameAddress.Parse(to);
        _cseq = cseq is null ? null : SipCSeq.Parse(cseq);
        _vias = ParseElements(SipHeaderNames.Via, SipVia.Parse);
        _cacheVersion = Headers.Version;
    }

    private List<T> ParseElements<T>(string name, Func<string, T?> parse) where T : class
    {
        var result = new List<T>();
        var parts = Headers.GetElements(name);
        if (parts is null) return result;
        foreach (var p in parts)
            if (parse(p) is { } v) result.Add(v);
        return result;
    }

    private List<string> Tokens(string name)
    {
        var result = new List<string>();
        foreach (var p in Headers.GetElements(name) ?? []) if (SipText.IsToken(p)) result.Add(p);
        return result;
    }

    private List<SipAuthHeader> AuthValues(string name)
    {
        var result = new List<SipAuthHeader>();
        foreach (var v in Headers.GetAll(name)) if (SipAuthHeader.Parse(v) is { } a) result.Add(a);
        return result;
    }
}
