using System.Text;
using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Messages;

public class SipMessageWriterTests
{
    [Theory]
    [InlineData("wsinv")]
    [InlineData("esc01")]
    [InlineData("intmeth")]
    [InlineData("longreq")]
    [InlineData("mpart01")]
    [InlineData("unreason")]
    [InlineData("transports")]
    [InlineData("regescrt")]
    public void Written_message_parses_back_to_the_same_headers_and_body(string file)
    {
        var original = Torture.Parse(file).Message!;

        var written = SipMessageWriter.ToBytes(original);
        var again = SipParser.ParseDatagram(written);

        Assert.True(again.IsSuccess, again.ToString());
        Assert.Equal(original.StartLine, again.Message!.StartLine);
        Assert.Equal(original.Headers.Count, again.Message.Headers.Count);
        for (var i = 0; i < original.Headers.Count; i++) Assert.Equal(original.Headers[i], again.Message.Headers[i]);
        Assert.True(original.Body.Span.SequenceEqual(again.Message.Body.Span));
        Assert.Equal(written.Length, again.BytesConsumed);
    }

    [Fact]
    public void Writer_uses_canonical_names_CRLF_and_a_Content_Length_matching_the_body()
    {
        var m = SipParser.Parse("MESSAGE sip:a@b.example.com SIP/2.0\r\nv: SIP/2.0/UDP h;branch=z9hG4bK1\r\nf: <sip:c@d>;tag=1\r\n" +
            "t: <sip:a@b.example.com>\r\ni: x\r\nCSEQ: 1 MESSAGE\r\nl: 0\r\n\r\n").Request!;
        m.Body = Encoding.UTF8.GetBytes("héllo");

        var text = SipMessageWriter.ToText(m);

        Assert.Equal("MESSAGE sip:a@b.example.com SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nFrom: <sip:c@d>;tag=1\r\n" +
            "To: <sip:a@b.example.com>\r\nCall-ID: x\r\nCSeq: 1 MESSAGE\r\nContent-Length: 6\r\n\r\nhéllo", text);
    }

    [Fact]
    public void Built_request_round_trips_with_typed_values()
    {
        var uri = SipUri.Create("1001", "pbx.example.com", 5062);
        var request = new SipRequest(SipMethods.Register, SipUri.Create(null, "pbx.example.com"));
        request.Headers.Add("Via", new SipVia("TCP", "10.0.0.5", 5060, "z9hG4bKabc").ToString() + ";rport");
        request.Headers.Add("From", new SipNameAddress(uri, "Desk \"1\"") + ";tag=77");
        request.Headers.Add("To", new SipNameAddress(uri).ToString());
        request.Headers.Add("Call-ID", "reg-1");
        request.Headers.Add("CSeq", new SipCSeq(1, SipMethods.Register).ToString());
        request.Headers.Add("Max-Forwards", "70");

        var parsed = SipParser.ParseDatagram(SipMessageWriter.ToBytes(request)).Request!;

        Assert.Equal("Desk \"1\"", parsed.From!.DisplayName);
        Assert.Equal("77", parsed.From.Tag);
        Assert.Equal(5062, parsed.To!.Uri.Port);
        Assert.Equal("z9hG4bKabc", parsed.TopVia!.Branch);
        Assert.True(parsed.TopVia.HasRPort);
        Assert.Equal(0, parsed.ContentLength);
    }
}
