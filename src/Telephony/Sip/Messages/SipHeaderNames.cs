namespace CallCenter.Telephony.Sip.Messages;

/// <summary>Canonical header names and the compact forms of RFC 3261 §7.3.3 and its extensions.</summary>
public static class SipHeaderNames
{
    public const string Accept = "Accept";
    public const string AcceptEncoding = "Accept-Encoding";
    public const string AcceptLanguage = "Accept-Language";
    public const string Allow = "Allow";
    public const string AllowEvents = "Allow-Events";
    public const string Authorization = "Authorization";
    public const string CallId = "Call-ID";
    public const string Contact = "Contact";
    public const string ContentDisposition = "Content-Disposition";
    public const string ContentEncoding = "Content-Encoding";
    public const string ContentLength = "Content-Length";
    public const string ContentType = "Content-Type";
    public const string CSeq = "CSeq";
    public const string Date = "Date";
    public const string Event = "Event";
    public const string Expires = "Expires";
    public const string From = "From";
    public const string MaxForwards = "Max-Forwards";
    public const string MinExpires = "Min-Expires";
    public const string ProxyAuthenticate = "Proxy-Authenticate";
    public const string ProxyAuthorization = "Proxy-Authorization";
    public const string ProxyRequire = "Proxy-Require";
    public const string RecordRoute = "Record-Route";
    public const string ReferTo = "Refer-To";
    public const string ReferredBy = "Referred-By";
    public const string Require = "Require";
    public const string RetryAfter = "Retry-After";
    public const string Route = "Route";
    public const string Server = "Server";
    public const string SessionExpires = "Session-Expires";
    public const string Subject = "Subject";
    public const string SubscriptionState = "Subscription-State";
    public const string Supported = "Supported";
    public const string Timestamp = "Timestamp";
    public const string To = "To";
    public const string Unsupported = "Unsupported";
    public const string UserAgent = "User-Agent";
    public const string Via = "Via";
    public const string Warning = "Warning";
    public const string WwwAuthenticate = "WWW-Authenticate";
    public const string Identity = "Identity";
    public const string IdentityInfo = "Identity-Info";
    public const string AcceptContact = "Accept-Contact";
    public const string RejectContact = "Reject-Contact";
    public const string RequestDisposition = "Request-Disposition";

    private static readonly string[] Known =
    [
        Via, From, To, CallId, CSeq, Contact, MaxForwards, ContentLength, ContentType, Route, RecordRoute,
        Expires, Allow, Supported, Require, ProxyRequire, Unsupported, UserAgent, Server, Event, Accept,
        AcceptEncoding, AcceptLanguage, AllowEvents, Authorization, ContentDisposition, ContentEncoding, Date,
        MinExpires, ProxyAuthenticate, ProxyAuthorization, ReferTo, ReferredBy, RetryAfter, SessionExpires,
        Subject, SubscriptionState, Timestamp, Warning, WwwAuthenticate, Identity, IdentityInfo,
        AcceptContact, RejectContact, RequestDisposition,
    ];

    /// <summary>The long form for a compact (single-letter) name, or null when the letter has none.</summary>
    public static string? FromCompact(char c) => (char)(c | 0x20) switch
    {
        'i' => CallId, 'm' => Contact, 'f' => From, 't' => To, 'v' => Via, 'l' => ContentLength,
        'c' => ContentType, 'k' => Supported, 's' => Subject, 'e' => ContentEncoding, 'o' => Event,
        'r' => ReferTo, 'u' => AllowEvents, 'x' => SessionExpires, 'y' => Identity, 'b' => ReferredBy,
        'a' => AcceptContact, 'j' => RejectContact, 'd' => RequestDisposition, 'n' => IdentityInfo,
        _ => null,
    };

    /// <summary>Canonical name for raw header-name bytes (compact forms expanded; known names without allocation).</summary>
    internal static string Canonical(ReadOnlySpan<byte> name)
    {
        if (name.Length == 1 && FromCompact((char)name[0]) is { } longName) return longName;
        foreach (var k in Known)
        {
            if (k.Length != name.Length) continue;
            var same = true;
            for (var i = 0; i < k.Length && same; i++) same = (k[i] | 0x20) == (name[i] | 0x20);
            if (same) return k;
        }
        return System.Text.Encoding.ASCII.GetString(name);
    }

    /// <summary>Canonical name for a header name given as text.</summary>
    public static string Canonical(string name)
    {
        if (name.Length == 1 && FromCompact(name[0]) is { } longName) return longName;
        foreach (var k in Known) if (string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) return k;
        return name;
    }
}
