using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Messages;

/// <summary>RFC 4475 §3.2–3.4: syntactically valid messages the parser accepts, exposing what the transaction and application layers need to answer as the RFC says.</summary>
public class TortureApplicationLayerTests
{
    [Fact]
    public void Badbranch_cookie_without_identifier_is_flagged_for_the_transaction_layer()
    {
        var m = Torture.Request("badbranch");

        Assert.Equal("z9hG4bK", m.TopVia!.Branch);
        Assert.False(m.TopVia.HasRfc3261Branch);
    }

    [Fact]
    public void Insuf_missing_required_headers_gets_400_from_the_request_checks()
    {
        var m = Torture.Request("insuf");

        Assert.Null(m.From);
        Assert.Null(m.CallId);
        Assert.Equal(400, SipRequestChecks.Check(m)!.StatusCode);
    }

    [Theory]
    [InlineData("unkscm", "nobodyKnowsThisScheme")]
    [InlineData("novelsc", "soap.beep")]
    public void Unknown_request_uri_scheme_gets_416(string file, string scheme)
    {
        var m = Torture.Request(file);

        Assert.False(m.RequestUri.IsSip);
        Assert.Equal(scheme, m.RequestUri.Scheme);
        Assert.Equal(416, SipRequestChecks.Check(m)!.StatusCode);
    }

    [Fact]
    public void Unksm2_unknown_schemes_in_header_fields_are_accepted()
    {
        var m = Torture.Request("unksm2");

        Assert.Equal("isbn", m.To!.Uri.Scheme);
        Assert.Equal("2983792873", m.To.Uri.Opaque);
        Assert.Equal("http", m.From!.Uri.Scheme);
        Assert.Equal("name", m.Contacts[0].Address!.Uri.Scheme);
        Assert.Null(SipRequestChecks.Check(m));
    }

    [Fact]
    public void Bext01_unsupported_Require_gets_420_listing_the_tags()
    {
        var m = Torture.Request("bext01");

        Assert.Equal(["noProxiesSupportThis", "norDoAnyProxiesSupportThis"], m.ProxyRequire);
        var problem = SipRequestChecks.Check(m, ["timer"])!;
        Assert.Equal(420, problem.StatusCode);
        Assert.Equal(["nothingSupportsThis", "nothingSupportsThisEither"], problem.Unsupported);
        Assert.Equal("TLS", m.TopVia!.Transport);
    }

    [Fact]
    public void Invut_unknown_content_type_is_exposed_for_415()
    {
        var m = Torture.Request("invut");

        Assert.Equal("application/unknownformat", m.ContentType);
        Assert.Equal(40, m.Body.Length);
    }

    [Fact]
    public void Regaut01_unknown_authorization_scheme_is_parsed_for_a_401()
    {
        var m = Torture.Request("regaut01");

        var auth = Assert.Single(m.Authorizations);
        Assert.Equal("NoOneKnowsThisScheme", auth.Scheme);
        Assert.False(auth.IsDigest);
        Assert.Equal("here", auth["opaque-data"]);
        Assert.Equal(0, m.ContentLength);
    }

    [Fact]
    public void Multi01_duplicate_single_value_headers_get_400_from_the_request_checks()
    {
        var m = Torture.Request("multi01");

        Assert.Equal(2, m.Headers.CountOf(SipHeaderNames.CallId));
        Assert.Equal(2, m.Headers.CountOf(SipHeaderNames.To));
        Assert.Equal(2, m.Contacts.Count);
        Assert.Equal(400, SipRequestChecks.Check(m)!.StatusCode);
    }

    [Fact]
    public void Bcast_broadcast_address_in_second_via_is_exposed()
    {
        var m = Torture.Response("bcast");

        Assert.Equal(2, m.Vias.Count);
        Assert.Equal("255.255.255.255", m.Vias[1].Host);
    }

    [Fact]
    public void Zeromf_max_forwards_zero_is_accepted()
    {
        var m = Torture.Request("zeromf");

        Assert.Equal(0, m.MaxForwards);
        Assert.Null(SipRequestChecks.Check(m));
    }

    [Fact]
    public void Cparam01_parameter_after_addr_spec_belongs_to_the_contact()
    {
        var c = Torture.Request("cparam01").Contacts[0].Address!;

        Assert.False(c.HasAngleBrackets);
        Assert.True(c.Parameters.Contains("unknownparam"));
        Assert.False(c.Uri.Parameters.Contains("unknownparam"));
        Assert.Equal("+19725552222", c.Uri.User);
    }

    [Fact]
    public void Cparam02_parameter_inside_brackets_belongs_to_the_uri()
    {
        var c = Torture.Request("cparam02").Contacts[0].Address!;

        Assert.True(c.Uri.Parameters.Contains("unknownparam"));
        Assert.False(c.Parameters.Contains("unknownparam"));
    }

    [Fact]
    public void Regescrt_escaped_route_header_in_contact_uri_is_kept()
    {
        var m = Torture.Request("regescrt");

        var uri = Assert.Single(m.Contacts).Address!.Uri;
        Assert.Equal("<sip:sip.example.com>", uri.Headers.Get("Route"));
        Assert.Equal("sip:user@example.com?Route=%3Csip:sip.example.com%3E", uri.Raw);
        Assert.Equal(0, m.ContentLength);
    }

    [Fact]
    public void Sdp01_unacceptable_accept_is_exposed_for_406()
    {
        var m = Torture.Request("sdp01");

        Assert.Equal("text/nobodyKnowsThis", m.Headers.Get(SipHeaderNames.Accept));
        Assert.Equal("application/sdp", m.ContentType);
    }

    [Fact]
    public void Inv2543_RFC_2543_request_without_branch_or_max_forwards_is_accepted()
    {
        var r = Torture.Parse("inv2543");
        var m = Assert.IsType<SipRequest>(r.Message);

        Assert.Null(m.TopVia!.Branch);
        Assert.Null(m.MaxForwards);
        Assert.Null(m.ContentLength);
        Assert.Equal("ss1.example.com", Assert.Single(m.RecordRoutes).Uri.Parameters.Get("maddr"));
        // To is an addr-spec, so ";user=phone" is a header parameter there; From uses <> and keeps it in the URI.
        Assert.Equal("phone", m.To!.Parameters.Get("user"));
        Assert.Equal("phone", m.From!.Uri.Parameters.Get("user"));
        Assert.True(m.Body.Length > 0);
        Assert.Null(SipRequestChecks.Check(m));
    }

    [Fact]
    public void Every_torture_file_has_a_test()
    {
        var covered = new HashSet<string>
        {
            "wsinv", "intmeth", "esc01", "escnull", "esc02", "lwsdisp", "longreq", "dblreq", "semiuri", "transports",
            "mpart01", "unreason", "noreason", "badbranch", "insuf", "unkscm", "novelsc", "unksm2", "bext01", "invut",
            "regaut01", "multi01", "bcast", "zeromf", "cparam01", "cparam02", "regescrt", "sdp01", "inv2543",
        };
        foreach (var row in TortureInvalidMessageTests.Cases) covered.Add((string)row[0]);

        var files = Directory.GetFiles(Torture.Directory, "*.dat");
        Assert.Equal(49, files.Length);
        foreach (var f in files) Assert.Contains(Path.GetFileNameWithoutExtension(f), covered);
    }
}
