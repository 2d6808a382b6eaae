using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Messages;

public class SipUriTests
{
    [Fact]
    public void Full_sip_uri_exposes_every_part_with_escapes_resolved()
    {
        var uri = SipUri.Parse("sips:al%69ce:p%40ss@Example.COM:5061;transport=tls;lr;x=%41?subject=hi%20there&priority=urgent")!;

        Assert.True(uri.IsSip);
        Assert.True(uri.IsSecure);
        Assert.Equal("alice", uri.User);
        Assert.Equal("p@ss", uri.Password);
        Assert.Equal("Example.COM", uri.Host);
        Assert.Equal(5061, uri.Port);
        Assert.Equal("tls", uri.Parameters.Get("TRANSPORT"));
        Assert.True(uri.Parameters.Contains("lr"));
        Assert.Null(uri.Parameters.Get("lr"));
        Assert.Equal("A", uri.Parameters.Get("x"));
        Assert.Equal("hi there", uri.Headers.Get("subject"));
        Assert.Equal("urgent", uri.Headers.Get("priority"));
    }

    [Fact]
    public void Uri_without_user_or_port_has_nulls()
    {
        var uri = SipUri.Parse("sip:192.0.2.4")!;

        Assert.Null(uri.User);
        Assert.Null(uri.Port);
        Assert.Equal("192.0.2.4", uri.Host);
    }

    [Fact]
    public void Non_sip_scheme_is_kept_opaque()
    {
        var uri = SipUri.Parse("tel:+1-201-555-0123;phone-context=example.com")!;

        Assert.False(uri.IsSip);
        Assert.Equal("tel", uri.Scheme);
        Assert.Equal("+1-201-555-0123;phone-context=example.com", uri.Opaque);
    }

    [Theory]
    [InlineData("sip:")]
    [InlineData("sip:user@")]
    [InlineData("sip:user@host:99999")]
    [InlineData("sip:user@host:50a")]
    [InlineData("sip:us er@host")]
    [InlineData("sip:user@ho st")]
    [InlineData("sip:user@[2001:db8::1")]
    [InlineData("sip:user@host;;lr")]
    [InlineData("sip:user@host;=x")]
    [InlineData("sip:user@host?noequals")]
    [InlineData("sip:%zzuser@host")]
    [InlineData("nocolon")]
    [InlineData("1sip:user@host")]
    public void Malformed_uris_are_refused(string text)
    {
        Assert.Null(SipUri.Parse(text));
    }

    [Fact]
    public void Created_uri_escapes_what_the_user_part_cannot_hold()
    {
        var uri = SipUri.Create("a b@c", "pbx.example.com", 5060);

        Assert.Equal("sip:a%20b%40c@pbx.example.com:5060", uri.Raw);
        Assert.Equal("a b@c", uri.User);
    }

    [Theory]
    [InlineData("\"A \\\"B\\\"\" <sip:a@h>;tag=1", "A \"B\"", true, "1")]
    [InlineData("Alice Smith <sip:a@h>", "Alice Smith", true, null)]
    [InlineData("<sip:a@h;transport=tcp>;tag=9", null, true, "9")]
    [InlineData("sip:a@h;tag=9", null, false, "9")]
    [InlineData("  sip:a@h  ", null, false, null)]
    public void Name_addr_and_addr_spec_forms_are_both_read(string text, string? display, bool brackets, string? tag)
    {
        var a = SipNameAddress.Parse(text)!;

        Assert.Equal(display, a.DisplayName);
        Assert.Equal(brackets, a.HasAngleBrackets);
        Assert.Equal(tag, a.Tag);
        Assert.Equal("h", a.Uri.Host);
    }

    [Fact]
    public void In_addr_spec_form_semicolon_parameters_belong_to_the_header()
    {
        var addrSpec = SipNameAddress.Parse("sip:a@h;transport=tcp")!;
        var nameAddr = SipNameAddress.Parse("<sip:a@h;transport=tcp>")!;

        Assert.Equal("tcp", addrSpec.Parameters.Get("transport"));
        Assert.False(addrSpec.Uri.Parameters.Contains("transport"));
        Assert.Equal("tcp", nameAddr.Uri.Parameters.Get("transport"));
    }

    [Theory]
    [InlineData("\"unterminated <sip:a@h>")]
    [InlineData("Bad, Name <sip:a@h>")]
    [InlineData("< sip:a@h>")]
    [InlineData("<sip:a@h")]
    [InlineData("sip:a@h?x=y")]
    [InlineData("<sip:a@h>;")]
    [InlineData("<sip:a@h> junk")]
    [InlineData("")]
    public void Malformed_addresses_are_refused(string text)
    {
        Assert.Null(SipNameAddress.Parse(text));
    }

    [Fact]
    public void Written_name_addr_parses_back_to_the_same_parts()
    {
        var original = SipNameAddress.Parse("\"Q \\\\ \\\"x\\\"\" <sip:u@h:1;lr>;tag=a;p=\"quoted value\"")!;

        var again = SipNameAddress.Parse(original.ToString())!;

        Assert.Equal(original.DisplayName, again.DisplayName);
        Assert.Equal(original.Uri.Raw, again.Uri.Raw);
        Assert.Equal("quoted value", again.Parameters.Get("p"));
        Assert.Equal("a", again.Tag);
    }
}
