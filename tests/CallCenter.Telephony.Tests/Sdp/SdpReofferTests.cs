using System.Net;
using CallCenter.Telephony.Sdp;

namespace CallCenter.Telephony.Tests.Sdp;

public class SdpReofferTests
{
    private readonly SdpNegotiator _negotiator = new(new SdpCapabilities());
    private readonly SdpSession _session = new("192.0.2.10", 40000, sessionId: "7001", initialVersion: 1);

    private SdpNegotiationResult Answer(string offer)
    {
        var result = _negotiator.CreateAnswer(_session, SdpSamples.Parse(offer));
        Assert.True(result.Success, result.Message);
        return result;
    }

    [Fact]
    public void Asterisk_sendonly_hold_is_answered_recvonly_with_the_same_session_id_and_the_next_version()
    {
        var first = Answer(SdpSamples.AsteriskOffer);

        var hold = Answer(SdpSamples.AsteriskHoldReoffer);

        Assert.Equal(1UL, first.Answer!.Origin.SessionVersion);
        Assert.Equal("7001", hold.Answer!.Origin.SessionId);
        Assert.Equal(2UL, hold.Answer.Origin.SessionVersion);
        Assert.Equal(SdpDirection.RecvOnly, hold.Answer.Media[0].Direction);
        Assert.True(hold.Agreement!.HeldByRemote);
        Assert.False(hold.Agreement!.ShouldSend);
        Assert.True(hold.Agreement!.Direction.Receives());
    }

    [Fact]
    public void Unhold_after_hold_returns_to_sendrecv_with_the_version_up_again()
    {
        Answer(SdpSamples.AsteriskOffer);
        Answer(SdpSamples.AsteriskHoldReoffer);

        var unhold = Answer(SdpSamples.AsteriskOffer.Replace("1234567 1234567", "1234567 1234569", StringComparison.Ordinal));

        Assert.Equal(3UL, unhold.Answer!.Origin.SessionVersion);
        Assert.Equal(SdpDirection.SendRecv, unhold.Answer.Media[0].Direction);
        Assert.False(unhold.Agreement!.HeldByRemote);
        Assert.True(unhold.Agreement!.ShouldSend);
    }

    [Fact]
    public void Unchanged_reoffer_such_as_a_session_refresh_keeps_the_version()
    {
        var first = Answer(SdpSamples.AsteriskOffer);

        var again = Answer(SdpSamples.AsteriskOffer);

        Assert.Equal(first.Answer!.ToString(), again.Answer!.ToString());
        Assert.Equal(1UL, _session.Version);
    }

    [Fact]
    public void Legacy_c_0_0_0_0_hold_stops_our_sending_and_is_answered_recvonly()
    {
        Answer(SdpSamples.AsteriskOffer);

        var hold = Answer(SdpSamples.LegacyHoldReoffer);

        Assert.True(hold.Agreement!.HeldByRemote);
        Assert.False(hold.Agreement!.ShouldSend);
        Assert.Null(hold.Agreement!.RemoteRtpEndPoint);
        Assert.Equal("0.0.0.0", hold.Agreement!.RemoteAddress);
        Assert.Equal(SdpDirection.RecvOnly, hold.Answer!.Media[0].Direction);
        Assert.Equal("192.0.2.10", hold.Answer.Connection!.Address);
        Assert.Equal(2UL, hold.Answer.Origin.SessionVersion);
    }

    [Fact]
    public void Legacy_hold_with_recvonly_becomes_inactive()
    {
        var hold = Answer(SdpSamples.LegacyHoldReoffer + "\na=recvonly");

        Assert.Equal(SdpDirection.Inactive, hold.Answer!.Media[0].Direction);
    }

    [Fact]
    public void Moving_our_RTP_port_between_exchanges_is_a_change_that_bumps_the_version()
    {
        Answer(SdpSamples.SippOffer);
        _session.RtpPort = 40100;

        var again = Answer(SdpSamples.SippOffer);

        Assert.Equal(40100, again.Answer!.Media[0].Port);
        Assert.Equal(2UL, again.Answer.Origin.SessionVersion);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 6000), again.Agreement!.RemoteRtpEndPoint);
    }
}
