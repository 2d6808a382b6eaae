using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Messages;

/// <summary>RFC 4475 §3.1.2 (and §3.3.9 mcl01, whose conflicting Content-Length breaks framing): each message refused with the code the RFC names, or dropped (0) when it is a response.</summary>
public class TortureInvalidMessageTests
{
    public static TheoryData<string, int, SipParseErrorKind> Cases => new()
    {
        { "badinv01", 400, SipParseErrorKind.HeaderValue },          // §3.1.2.1 empty Via/Contact params
        { "clerr", 400, SipParseErrorKind.ContentLength },           // §3.1.2.2 Content-Length larger than the datagram
        { "ncl", 400, SipParseErrorKind.ContentLength },             // §3.1.2.3 negative Content-Length
        { "scalar02", 400, SipParseErrorKind.HeaderValue },          // §3.1.2.4 CSeq beyond 2^31
        { "scalarlg", 0, SipParseErrorKind.HeaderValue },            // §3.1.2.5 response with overlarge scalars: discard
        { "quotbal", 400, SipParseErrorKind.HeaderValue },           // §3.1.2.6 unterminated quoted display name
        { "ltgtruri", 400, SipParseErrorKind.StartLine },            // §3.1.2.7 <> around the Request-URI
        { "lwsruri", 400, SipParseErrorKind.StartLine },             // §3.1.2.8 LWS inside the Request-URI
        { "lwsstart", 400, SipParseErrorKind.StartLine },            // §3.1.2.9 several SP between request-line elements
        { "trws", 400, SipParseErrorKind.StartLine },                // §3.1.2.10 SP after SIP-Version
        { "escruri", 400, SipParseErrorKind.StartLine },             // §3.1.2.11 escaped headers in the Request-URI
        { "baddate", 400, SipParseErrorKind.HeaderValue },           // §3.1.2.12 Date not in GMT
        { "regbadct", 400, SipParseErrorKind.HeaderValue },          // §3.1.2.13 addr-spec with ? not in <>
        { "badaspec", 400, SipParseErrorKind.HeaderValue },          // §3.1.2.14 spaces inside <>
        { "baddn", 400, SipParseErrorKind.HeaderValue },             // §3.1.2.15 unquoted non-token display name
        { "badvers", 505, SipParseErrorKind.UnsupportedVersion },    // §3.1.2.16 SIP/7.0
        { "mismatch01", 400, SipParseErrorKind.CSeqMethodMismatch }, // §3.1.2.17 known method, CSeq differs
        { "mismatch02", 501, SipParseErrorKind.CSeqMethodMismatch }, // §3.1.2.18 unknown method: 501 preferred
        { "bigcode", 0, SipParseErrorKind.StartLine },               // §3.1.2.19 status code > 699: drop
        { "mcl01", 400, SipParseErrorKind.ContentLength },           // §3.3.9 two different Content-Length values
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Invalid_torture_message_is_refused_with_the_code_RFC_4475_implies(string file, int expectedStatus, SipParseErrorKind kind)
    {
        var result = Torture.Parse(file);

        Assert.Equal(SipParseStatus.Invalid, result.Status);
        Assert.Equal(kind, result.Error);
        Assert.Equal(expectedStatus, result.ResponseStatusCode);
        Assert.Equal(expectedStatus != 0, result.CanRespond);
        Assert.False(string.IsNullOrWhiteSpace(result.ErrorMessage));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Error_response_to_an_invalid_request_copies_the_transaction_headers(string file, int expectedStatus, SipParseErrorKind kind)
    {
        _ = kind;
        var result = Torture.Parse(file);
        var response = SipResponseFactory.CreateForParseError(result);
        if (expectedStatus == 0)
        {
            Assert.Null(response);
            return;
        }
        Assert.NotNull(response);
        Assert.Equal(expectedStatus, response.StatusCode);
        Assert.NotNull(response.Headers.Get(SipHeaderNames.Via));
        Assert.NotNull(response.Headers.Get(SipHeaderNames.CallId));
        Assert.NotNull(response.Headers.Get(SipHeaderNames.CSeq));
        var reparsed = SipParser.ParseDatagram(SipMessageWriter.ToBytes(response));
        Assert.True(reparsed.IsSuccess || reparsed.Error == SipParseErrorKind.HeaderValue, reparsed.ToString());
    }

    [Fact]
    public void Clerr_on_a_stream_waits_for_the_missing_body()
    {
        var result = SipParser.ParseStream(Torture.Bytes("clerr"));

        Assert.Equal(SipParseStatus.NeedMoreData, result.Status);
    }

    [Fact]
    public void Ncl_on_a_stream_loses_framing_so_the_connection_is_closed()
    {
        var result = SipParser.ParseStream(Torture.Bytes("ncl"));

        Assert.Equal(SipParseStatus.Invalid, result.Status);
        Assert.True(result.FramingLost);
    }
}
