using System.Text;
using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Messages;

public class SipParserTests
{
    internal static string Invite(string extraHeaders = "", string body = "") =>
        "INVITE sip:bob@example.com SIP/2.0\r\n" +
        "Via: SIP/2.0/UDP pc33.example.com:5060;branch=z9hG4bK776asdhds;rport\r\n" +
        "Max-Forwards: 70\r\n" +
        "To: Bob <sip:bob@example.com>\r\n" +
        "From: \"Alice\" <sip:alice@example.com>;tag=1928301774\r\n" +
        "Call-ID: a84b4c76e66710@pc33.example.com\r\n" +
        "CSeq: 314159 INVITE\r\n" +
        "Contact: <sip:alice@pc33.example.com>\r\n" +
        extraHeaders +
        $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n" + body;

    private static SipRequest ParseRequest(string text)
    {
        var r = SipParser.Parse(text);
        Assert.True(r.IsSuccess, r.ToString());
        return r.Request!;
    }

    [Fact]
    public void Compact_header_names_map_to_their_long_forms()
    {
        var m = ParseRequest(
            "OPTIONS sip:bob@example.com SIP/2.0\r\n" +
            "v: SIP/2.0/TCP h.example.com;branch=z9hG4bKa\r\n" +
            "f: <sip:a@example.com>;tag=1\r\nt: <sip:bob@example.com>\r\ni: cid-1\r\n" +
            "CSeq: 1 OPTIONS\r\nm: <sip:a@h.example.com>\r\nk: 100rel, timer\r\no: presence\r\n" +
            "s: hello\r\nu: dialog\r\nc: text/plain\r\nl: 2\r\n\r\nhi");

        Assert.Equal("h.example.com", m.TopVia!.Host);
        Assert.Equal("1", m.From!.Tag);
        Assert.Equal("cid-1", m.CallId);
        Assert.Single(m.Contacts);
        Assert.Equal(["100rel", "timer"], m.Supported);
        Assert.Equal("presence", m.Event);
        Assert.Equal("hello", m.Headers.Get(SipHeaderNames.Subject));
        Assert.Equal("dialog", m.Headers.Get(SipHeaderNames.AllowEvents));
        Assert.Equal("text/plain", m.ContentType);
        Assert.Equal("hi"u8.ToArray(), m.Body.ToArray());
        Assert.Equal(SipHeaderNames.Via, m.Headers[0].Name);
    }

    [Fact]
    public void Folded_header_lines_are_joined_with_one_space()
    {
        var m = ParseRequest(Invite("Subject: I know you're there,\r\n   pick up the phone\r\n\tand talk to me!\r\n"));

        Assert.Equal("I know you're there, pick up the phone and talk to me!", m.Headers.Get("Subject"));
    }

    [Fact]
    public void Commas_inside_quotes_and_brackets_do_not_split_values()
    {
        var m = ParseRequest(Invite().Replace("Contact: <sip:alice@pc33.example.com>",
            "Contact: \"Smith, John\" <sip:j@a.example.com;x=1>;expires=60, <sip:k@b.example.com?Subject=a%2Cb>;q=0.5"));

        Assert.Equal(2, m.Contacts.Count);
        Assert.Equal("Smith, John", m.Contacts[0].Address!.DisplayName);
        Assert.Equal(60, m.Contacts[0].Expires);
        Assert.Equal("a,b", m.Contacts[1].Address!.Uri.Headers.Get("Subject"));
        Assert.Equal(0.5, m.Contacts[1].Q);
    }

    [Fact]
    public void IPv6_references_keep_brackets_and_split_the_port()
    {
        var m = ParseRequest(
            "REGISTER sip:[2001:db8::10]:5070;transport=tcp SIP/2.0\r\n" +
            "Via: SIP/2.0/TCP [2001:db8::9:1]:5061;branch=z9hG4bKas3;received=2001:db8::9:255\r\n" +
            "From: <sip:alice:secret@[2001:db8::9:1]>;tag=1\r\nTo: <sip:alice@[2001:db8::10]>\r\n" +
            "Call-ID: c\r\nCSeq: 2 REGISTER\r\nContact: *\r\nExpires: 0\r\nContent-Length: 0\r\n\r\n");

        Assert.Equal("[2001:db8::10]", m.RequestUri.Host);
        Assert.Equal(5070, m.RequestUri.Port);
        Assert.Equal("tcp", m.RequestUri.Parameters.Get("transport"));
        Assert.Equal(("[2001:db8::9:1]", 5061), (m.TopVia!.Host, m.TopVia.Port));
        Assert.Equal("2001:db8::9:255", m.TopVia.Received);
        Assert.Equal(("alice", "secret"), (m.From!.Uri.User, m.From.Uri.Password));
        Assert.True(Assert.Single(m.Contacts).IsWildcard);
        Assert.Equal(0, m.Expires);
    }

    [Fact]
    public void Via_rport_flag_and_value_forms_are_distinguished()
    {
        var flag = ParseRequest(Invite()).TopVia!;
        var valued = SipVia.Parse("SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bKx;rport=40000;received=1.2.3.4;maddr=224.0.0.1;ttl=16")!;

        Assert.True(flag.HasRPort);
        Assert.Null(flag.RPort);
        Assert.Equal(5060, flag.Port);
        Assert.Equal(40000, valued.RPort);
        Assert.Equal("224.0.0.1", valued.Maddr);
        Assert.Equal(16, valued.Ttl);
        Assert.True(valued.HasRfc3261Branch);
    }

    [Fact]
    public void Digest_credentials_expose_their_parameters()
    {
        var m = ParseRequest(Invite("Authorization: Digest username=\"alice\", realm=\"example.com\", nonce=\"abc, def\",\r\n" +
            " uri=\"sip:bob@example.com\", response=\"42\", algorithm=MD5, qop=auth, nc=00000001, cnonce=\"x\"\r\n" +
            "WWW-Authenticate: Digest realm=\"r\", nonce=\"n\", stale=TRUE, qop=\"auth,auth-int\"\r\n"));

        var a = Assert.Single(m.Authorizations);
        Assert.True(a.IsDigest);
        Assert.Equal("alice", a["username"]);
        Assert.Equal("abc, def", a["nonce"]);
        Assert.Equal("00000001", a["nc"]);
        Assert.Equal("auth,auth-int", Assert.Single(m.WwwAuthenticates)["qop"]);
    }

    [Fact]
    public void Lists_of_option_tags_and_methods_are_split()
    {
        var m = ParseRequest(Invite("Allow: INVITE, ACK,BYE\r\nAllow: CANCEL\r\nRequire: 100rel\r\nUnsupported: foo\r\nUser-Agent: CallCenter/1.0 (test)\r\n"));

        Assert.Equal(["INVITE", "ACK", "BYE", "CANCEL"], m.Allow);
        Assert.Equal(["100rel"], m.Require);
        Assert.Equal(["foo"], m.Unsupported);
        Assert.Equal("CallCenter/1.0 (test)", m.UserAgent);
    }

    [Fact]
    public void Unknown_headers_are_kept_verbatim_in_order()
    {
        var m = ParseRequest(Invite("X-B: 2\r\nX-A:   one, \"two\"  \r\nX-B: 1\r\n"));

        Assert.Equal(["2", "1"], m.Headers.GetAll("x-b"));
        Assert.Equal("one, \"two\"", m.Headers.Get("X-A"));
        var names = new List<string>();
        foreach (var h in m.Headers) if (h.Name.StartsWith("X-")) names.Add(h.Name);
        Assert.Equal(["X-B", "X-A", "X-B"], names);
    }

    [Fact]
    public void Leading_CRLF_keepalives_before_the_start_line_are_ignored()
    {
        var r = SipParser.Parse("\r\n\r\n" + Invite());

        Assert.True(r.IsSuccess, r.ToString());
    }

    [Fact]
    public void Datagram_without_Content_Length_takes_the_rest_as_body()
    {
        var r = SipParser.Parse(Invite(body: "").Replace("Content-Length: 0\r\n", "") + "v=0\r\n");

        Assert.Equal("v=0\r\n"u8.ToArray(), r.Message!.Body.ToArray());
    }

    [Fact]
    public void Known_methods_are_shared_instances()
    {
        var m = ParseRequest(Invite());

        Assert.Same(SipMethods.Invite, m.Method);
        Assert.Same(SipMethods.Invite, m.CSeq!.Method);
    }

    [Fact]
    public void CSeq_method_must_match_the_request_method()
    {
        var r = SipParser.Parse(Invite().Replace("CSeq: 314159 INVITE", "CSeq: 314159 BYE"));

        Assert.Equal(SipParseErrorKind.CSeqMethodMismatch, r.Error);
        Assert.Equal(400, r.ResponseStatusCode);
    }

    [Fact]
    public void Malformed_response_is_dropped_not_answered()
    {
        var r = SipParser.Parse("SIP/2.0 200 OK\r\nVia: garbage\r\nContent-Length: 0\r\n\r\n");

        Assert.Equal(SipParseStatus.Invalid, r.Status);
        Assert.False(r.IsRequest);
        Assert.False(r.CanRespond);
    }

    [Fact]
    public void Digest_challenge_written_by_us_parses_back()
    {
        var challenge = SipAuthHeader.Parse("  Digest realm=\"pbx\", nonce=\"n1\", algorithm=SHA-256, qop=\"auth\", stale=true  ")!;

        var again = SipAuthHeader.Parse(challenge.ToString())!;

        Assert.Equal("Digest", again.Scheme);
        Assert.Equal(("pbx", "n1", "SHA-256", "auth", "true"), (again["realm"], again["nonce"], again["algorithm"], again["qop"], again["stale"]));
    }
}
