using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Messages;

public class SipResponseFactoryTests
{
    private static SipRequest Request() =>
        SipParser.Parse(SipParserTests.Invite("Via: SIP/2.0/UDP proxy.example.com;branch=z9hG4bKp2\r\nTimestamp: 54\r\nSubject: hi\r\n", "v=0\r\n")).Request!;

    [Fact]
    public void Response_copies_Via_From_To_CallId_CSeq_and_nothing_else()
    {
        var response = SipResponseFactory.Create(Request(), 486);

        Assert.Equal("Busy Here", response.ReasonPhrase);
        var names = new List<string>();
        foreach (var h in response.Headers) names.Add(h.Name);
        Assert.Equal(["Via", "To", "From", "Call-ID", "CSeq", "Via"], names);
        Assert.Equal(["z9hG4bK776asdhds", "z9hG4bKp2"], [response.Vias[0].Branch!, response.Vias[1].Branch!]);
        Assert.Equal("1928301774", response.From!.Tag);
        Assert.Equal("a84b4c76e66710@pc33.example.com", response.CallId);
        Assert.Equal(new SipCSeq(314159, SipMethods.Invite), response.CSeq);
        Assert.True(response.Body.IsEmpty);
    }

    [Fact]
    public void Final_response_gets_the_given_To_tag()
    {
        var response = SipResponseFactory.Create(Request(), 200, toTag: "as83kd");

        Assert.Equal("as83kd", response.To!.Tag);
        Assert.Equal("Bob", response.To.DisplayName);
    }

    [Fact]
    public void Generated_To_tags_differ()
    {
        Assert.NotEqual(SipResponseFactory.Create(Request(), 404).To!.Tag, SipResponseFactory.Create(Request(), 404).To!.Tag);
    }

    [Fact]
    public void Trying_has_no_To_tag_and_echoes_Timestamp()
    {
        var response = SipResponseFactory.Create(Request(), 100);

        Assert.Null(response.To!.Tag);
        Assert.Equal("54", response.Headers.Get(SipHeaderNames.Timestamp));
    }

    [Fact]
    public void Existing_To_tag_is_kept()
    {
        var request = SipParser.Parse(SipParserTests.Invite().Replace("To: Bob <sip:bob@example.com>", "To: <sip:bob@example.com>;tag=old")).Request!;

        Assert.Equal("old", SipResponseFactory.Create(request, 200, toTag: "new").To!.Tag);
    }

    [Fact]
    public void Parse_error_response_names_the_problem_and_can_be_sent()
    {
        var result = SipParser.Parse(SipParserTests.Invite().Replace("Max-Forwards: 70", "Max-Forwards: 7000"));

        var response = SipResponseFactory.CreateForParseError(result)!;
        var reparsed = SipParser.ParseDatagram(SipMessageWriter.ToBytes(response));

        Assert.Equal(400, response.StatusCode);
        Assert.Contains("Max-Forwards", response.ReasonPhrase);
        Assert.True(reparsed.IsSuccess, reparsed.ToString());
        Assert.Equal("z9hG4bK776asdhds", reparsed.Message!.TopVia!.Branch);
        Assert.NotNull(reparsed.Message.To!.Tag);
    }
}
