using System.Text;
using CallCenter.Telephony.Sip.UserAgents;

namespace CallCenter.Telephony.Tests.Sip.UserAgents;

public sealed class DtmfInfoTests
{
    [Theory]
    [InlineData("application/dtmf-relay", "Signal=5\r\nDuration=160\r\n", '5', 160)]
    [InlineData("application/dtmf-relay", "Signal= #\nDuration= 250", '#', 250)]
    [InlineData("application/dtmf-relay", "Signal=11\r\nDuration=100", '#', 100)]
    [InlineData("Application/DTMF-Relay; charset=x", "Signal=*", '*', null)]
    [InlineData("application/dtmf", "7", '7', null)]
    [InlineData("application/dtmf", "10", '*', null)]
    [InlineData("application/dtmf", "Signal=9\r\nDuration=100", '9', 100)]
    public void Digits_are_read_from_both_body_types(string contentType, string body, char digit, int? duration)
    {
        Assert.Equal(digit, DtmfInfo.Parse(contentType, Encoding.ASCII.GetBytes(body), out var ms));
        Assert.Equal(duration, ms);
    }

    [Theory]
    [InlineData("application/dtmf-relay", "Duration=160")]
    [InlineData("application/dtmf-relay", "Signal=X")]
    [InlineData("application/dtmf", "")]
    [InlineData("text/plain", "5")]
    [InlineData(null, "5")]
    public void Anything_else_is_not_a_digit(string? contentType, string body) =>
        Assert.Null(DtmfInfo.Parse(contentType, Encoding.ASCII.GetBytes(body), out _));
}
