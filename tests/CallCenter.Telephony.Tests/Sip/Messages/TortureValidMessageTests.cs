using System.Text;
using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Messages;

/// <summary>RFC 4475 §3.1.1: valid messages parse, and the facts the RFC points at hold.</summary>
public class TortureValidMessageTests
{
    [Fact]
    public void Wsinv_unusual_whitespace_and_folding_yield_the_intended_values()
    {
        var m = Torture.Request("wsinv");

        Assert.Equal("INVITE", m.Method);
        Assert.Equal("chair-dnrc.example.com", m.RequestUri.Host);
        Assert.True(m.RequestUri.Parameters.Contains("unknownparam"));
        Assert.Equal("1918181833n", m.To!.Tag);
        Assert.Equal("J Rosenberg \\\"", m.From!.DisplayName);
        Assert.Equal("98asjd8", m.From.Tag);
        Assert.Equal(68, m.MaxForwards);
        Assert.Equal(new SipCSeq(9, "INVITE"), m.CSeq);
        Assert.Equal(3, m.Vias.Count);
        Assert.Equal(("UDP", "192.0.2.2", "390skdjuw"), (m.Vias[0].Transport, m.Vias[0].Host, m.Vias[0].Branch));
        Assert.Equal(("TCP", "spindle.example.com", "z9hG4bK9ikj8"), (m.Vias[1].Transport, m.Vias[1].Host, m.Vias[1].Branch));
        Assert.Equal(("UDP", "192.168.255.111", "z9hG4bK30239"), (m.Vias[2].Transport, m.Vias[2].Host, m.Vias[2].Branch));
        Assert.Equal("", m.Headers.Get(SipHeaderNames.Subject));
        Assert.Equal("newfangled value continued newfangled value", m.Headers.Get("NewFangledHeader"));
        Assert.Equal(";;,,;;,;", m.Headers.Get("UnknownHeaderWithUnusualValue"));
        var contact = Assert.Single(m.Contacts).Address!;
        Assert.Equal("Quoted string \"\"", contact.DisplayName);
        Assert.Equal("newvalue", contact.Parameters.Get("newparam"));
        Assert.True(contact.Parameters.Contains("secondparam"));
        Assert.Equal(0.33, m.Contacts[0].Q);
        Assert.True(Assert.Single(m.Routes).Uri.Parameters.Contains("lr"));
        Assert.Equal(150, m.Body.Length);
    }

    [Fact]
    public void Intmeth_unusual_method_and_characters_are_kept()
    {
        var m = Torture.Request("intmeth");

        Assert.Equal("!interesting-Method0123456789_*+`.%indeed'~", m.Method);
        Assert.Equal(m.Method, m.CSeq!.Method);
        Assert.Equal("1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*", m.RequestUri.User);
        Assert.Equal("&it+has=1,weird!*pas$wo~d_too.(doesn't-it)", m.RequestUri.Password);
        Assert.Equal("BEL:\x07 NUL:\0 DEL:\x7f", m.To!.DisplayName);
        Assert.Equal("token1~` token2'+_ token3*%!.-", m.From!.DisplayName);
        Assert.Equal("_token~1'+`*%!-.", m.From.Tag);
        Assert.Equal("intmeth.word%ZK-!.*_+'@word`~)(><:\\/\"][?}{", m.CallId);
        Assert.Equal(Encoding.UTF8.GetString([0xEF, 0xBB, 0xBF, 0xE5, 0xA4, 0xA7, 0xE5, 0x81, 0x9C, 0xE9, 0x9B, 0xBB]),
            m.Headers.Get("extensionHeader-!.%*+_`'~"));
    }

    [Fact]
    public void Esc01_escaped_user_parts_are_unescaped_and_compare_as_the_plain_ones()
    {
        var m = Torture.Request("esc01");

        Assert.Equal("sips:user@example.com", m.RequestUri.User);
        Assert.Equal("example.net", m.RequestUri.Host);
        Assert.Equal("user", m.To!.Uri.User);
        Assert.Equal("I have spaces", m.From!.Uri.User);
        Assert.Equal("esc01.239409asdfakjkn23onasd0-3234", m.CallId);
        Assert.Equal("application/sdp", m.ContentType);
        var contact = Assert.Single(m.Contacts).Address!.Uri;
        Assert.Equal("caller", contact.User);
        Assert.True(contact.Parameters.Contains("lr"));
        Assert.Equal("value%41", contact.Parameters.Get("name"));
    }

    [Fact]
    public void Escnull_escaped_NUL_is_accepted_in_users()
    {
        var m = Torture.Request("escnull");

        Assert.Equal("null-\0-null", m.To!.Uri.User);
        Assert.Equal("null-\0-null", m.From!.Uri.User);
        Assert.Equal(["\0", "\0\0"], [m.Contacts[0].Address!.Uri.User!, m.Contacts[1].Address!.Uri.User!]);
    }

    [Fact]
    public void Esc02_escaped_method_and_header_name_are_not_REGISTER_or_Contact()
    {
        var m = Torture.Request("esc02");

        Assert.Equal("RE%47IST%45R", m.Method);
        Assert.NotEqual(SipMethods.Register, m.Method);
        Assert.Equal(2, m.Contacts.Count);
        Assert.Equal("<sip:alias2@host2.example.com>", m.Headers.Get("C%6Fntact"));
        Assert.Equal("%Z%45", m.To!.DisplayName);
        Assert.Equal("z9hG4bK209%fzsnel234", m.TopVia!.Branch);
    }

    [Fact]
    public void Lwsdisp_display_name_without_space_before_bracket_is_valid()
    {
        var m = Torture.Request("lwsdisp");

        Assert.Equal("caller", m.From!.DisplayName);
        Assert.Equal("caller", m.From.Uri.User);
    }

    [Fact]
    public void Longreq_long_values_and_many_compact_vias_are_parsed_whole()
    {
        var m = Torture.Request("longreq");

        Assert.Equal("I have a user name of " + string.Concat(Enumerable.Repeat("extreme", 10)) + " proportion", m.To!.DisplayName);
        Assert.Equal("shortvalue", m.To.Uri.Parameters.Get("longparamname" + string.Concat(Enumerable.Repeat("name", 24))));
        Assert.StartsWith("12982982982982", m.From!.Tag);
        Assert.Equal(34, m.Vias.Count);
        Assert.Equal("sip33.example.com", m.Vias[0].Host);
        Assert.Equal("192.0.2.5", m.Vias[^1].Received);
        Assert.StartsWith("longreq.onereally", m.CallId);
        Assert.Equal(150, m.Body.Length);
    }

    [Fact]
    public void Dblreq_only_the_first_message_of_the_datagram_is_processed()
    {
        var bytes = Torture.Bytes("dblreq");
        var r = SipParser.ParseDatagram(bytes);

        var m = Assert.IsType<SipRequest>(r.Message);
        Assert.Equal(SipMethods.Register, m.Method);
        Assert.Equal(0, m.Body.Length);
        Assert.Equal("dblreq.0ha0isndaksdj99sdfafnl3lk233412", m.CallId);
        Assert.True(r.BytesConsumed < bytes.Length);
    }

    [Fact]
    public void Semiuri_semicolon_in_user_part_belongs_to_the_user()
    {
        var m = Torture.Request("semiuri");

        Assert.Equal("user;par=u@example.net", m.RequestUri.User);
        Assert.Equal("example.com", m.RequestUri.Host);
        Assert.Equal(0, m.RequestUri.Parameters.Count);
        Assert.Equal(6, m.Headers.GetElements(SipHeaderNames.Accept)!.Count);
    }

    [Fact]
    public void Transports_via_list_keeps_every_transport_in_order()
    {
        var m = Torture.Request("transports");

        var transports = new List<string>();
        foreach (var v in m.Vias) transports.Add(v.Transport);
        Assert.Equal(["UDP", "SCTP", "TLS", "UNKNOWN", "TCP"], transports);
        Assert.Equal("transports.kijh4akdnaqjkwendsasfdj", m.CallId);
    }

    [Fact]
    public void Mpart01_multipart_body_is_kept_byte_for_byte()
    {
        var bytes = Torture.Bytes("mpart01");
        var m = Torture.Request("mpart01");

        Assert.StartsWith("multipart/mixed;boundary=7a9cbec02ceef655", m.ContentType);
        Assert.Equal(553, m.Body.Length);
        var bodyStart = bytes.AsSpan().IndexOf("\r\n\r\n"u8) + 4;
        Assert.True(m.Body.Span.SequenceEqual(bytes.AsSpan(bodyStart, 553)));
    }

    [Fact]
    public void Unreason_UTF8_reason_phrase_is_decoded()
    {
        var m = Torture.Response("unreason");

        Assert.Equal(200, m.StatusCode);
        Assert.Equal("= 2**3 * 5**2 но сто девяносто девять - простое", m.ReasonPhrase);
    }

    [Fact]
    public void Noreason_empty_reason_phrase_is_valid()
    {
        var m = Torture.Response("noreason");

        Assert.Equal(100, m.StatusCode);
        Assert.Equal("", m.ReasonPhrase);
        Assert.Equal("902jndnke3", m.To!.Tag);
    }
}
