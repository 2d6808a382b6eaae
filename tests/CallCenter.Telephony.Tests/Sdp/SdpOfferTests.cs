using System.Net;
using CallCenter.Telephony.Sdp;

namespace CallCenter.Telephony.Tests.Sdp;

public class SdpOfferTests
{
    private readonly SdpNegotiator _negotiator = new(new SdpCapabilities());
    private readonly SdpSession _session = new("192.0.2.10", 40000, sessionId: "9100", initialVersion: 5);

    /// <summary>What SIPp's uas scenario style answers: PCMA and DTMF on 101 from 127.0.0.1:6002.</summary>
    private const string SippAnswer = """
        v=0
        o=user1 53655765 2353687637 IN IP4 127.0.0.1
        s=-
        c=IN IP4 127.0.0.1
        t=0 0
        m=audio 6002 RTP/AVP 8 101
        a=rtpmap:8 PCMA/8000
        a=rtpmap:101 telephone-event/8000
        a=fmtp:101 0-15
        a=ptime:20
        """;

    [Fact]
    public void Our_offer_lists_our_codecs_in_preference_order_with_telephone_event_and_parses_back()
    {
        var offer = SdpSamples.Parse(_negotiator.CreateOffer(_session).ToString());

        Assert.Equal(new SdpOrigin("-", "9100", 5, "IN", "IP4", "192.0.2.10"), offer.Origin);
        Assert.Equal("CallCenter", offer.SessionName);
        Assert.Equal(SdpConnection.ForAddress("192.0.2.10"), offer.Connection);
        var audio = Assert.Single(offer.Media);
        Assert.Equal((40000, "RTP/AVP"), (audio.Port, audio.Protocol));
        Assert.Equal(["0", "8", "101"], audio.Formats);
        Assert.Equal(new SdpRtpMap(8, "PCMA", 8000), audio.FindRtpMap(8));
        Assert.Equal(new SdpRtpMap(101, "telephone-event", 8000), audio.FindRtpMap(101));
        Assert.Equal("0-16", audio.FindFmtp(101));
        Assert.Equal(20, audio.Ptime);
        Assert.True(audio.RtcpMux);
        Assert.Equal(SdpDirection.SendRecv, audio.Direction);
        Assert.NotNull(_session.PendingOffer);
    }

    [Fact]
    public void Configured_preference_and_DTMF_payload_type_shape_our_offer()
    {
        var negotiator = new SdpNegotiator(new SdpCapabilities { Codecs = [SdpCodec.Pcma, SdpCodec.Pcmu], TelephoneEventPayloadType = 96, RtcpMux = false });
        var ipv6 = new SdpSession("2001:db8::5", 41000);

        var offer = negotiator.CreateOffer(ipv6);

        Assert.Equal(["8", "0", "96"], offer.Media[0].Formats);
        Assert.False(offer.Media[0].RtcpMux);
        Assert.Equal("IP6", offer.Connection!.AddressType);
        Assert.Equal("IP6", offer.Origin.AddressType);
    }

    [Fact]
    public void Answer_to_our_offer_gives_codec_remote_endpoint_direction_and_DTMF_payload_type()
    {
        _negotiator.CreateOffer(_session);

        var result = _negotiator.ProcessAnswer(_session, SdpSamples.Parse(SippAnswer));

        Assert.True(result.Success, result.Message);
        Assert.Null(result.Answer);
        var agreement = result.Agreement;
        Assert.Equal((SdpCodec.Pcma, 8), (agreement.Codec, agreement.PayloadType));
        Assert.Equal(101, agreement.TelephoneEventPayloadType);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 6002), agreement.RemoteRtpEndPoint);
        Assert.Equal(SdpDirection.SendRecv, agreement.Direction);
        Assert.False(agreement.RtcpMux);
        Assert.Equal(6003, agreement.RemoteRtcpPort);
        Assert.Null(_session.PendingOffer);
        Assert.Same(agreement, _session.Agreement);
    }

    [Fact]
    public void Answer_uses_the_answerers_DTMF_payload_type_and_accepts_rtcp_mux()
    {
        _negotiator.CreateOffer(_session);
        var answer = SippAnswer.Replace("101", "100", StringComparison.Ordinal) + "\na=rtcp-mux";

        var agreement = _negotiator.ProcessAnswer(_session, SdpSamples.Parse(answer)).Agreement!;

        Assert.Equal(100, agreement.TelephoneEventPayloadType);
        Assert.True(agreement.RtcpMux);
        Assert.Equal(6002, agreement.RemoteRtcpPort);
    }

    [Fact]
    public void Our_hold_reoffer_is_sendonly_with_the_same_session_id_and_the_next_version()
    {
        _negotiator.CreateOffer(_session);
        _negotiator.ProcessAnswer(_session, SdpSamples.Parse(SippAnswer));
        _session.LocalDirection = SdpDirection.SendOnly;

        var hold = _negotiator.CreateOffer(_session);
        var result = _negotiator.ProcessAnswer(_session, SdpSamples.Parse(SippAnswer + "\na=recvonly"));

        Assert.Equal(("9100", 6UL), (hold.Origin.SessionId, hold.Origin.SessionVersion));
        Assert.Equal(SdpDirection.SendOnly, hold.Media[0].Direction);
        Assert.Equal(SdpDirection.SendOnly, result.Agreement!.Direction);
        Assert.True(result.Agreement.ShouldSend);
    }

    [Fact]
    public void Reoffer_keeps_the_m_lines_of_the_previous_exchange_with_the_others_still_disabled()
    {
        _negotiator.CreateAnswer(_session, SdpSamples.Parse(SdpSamples.LinphoneIpv6Offer));

        var reoffer = _negotiator.CreateOffer(_session);

        Assert.Equal(["audio", "video"], reoffer.Media.Select(m => m.Media));
        Assert.Equal([40000, 0], reoffer.Media.Select(m => m.Port));
    }

    [Fact]
    public void Answer_without_a_pending_offer_is_refused()
    {
        var result = _negotiator.ProcessAnswer(_session, SdpSamples.Parse(SippAnswer));

        Assert.Equal(SdpNegotiationError.NoPendingOffer, result.Error);
    }

    [Fact]
    public void Answer_that_rejects_our_audio_is_refused()
    {
        _negotiator.CreateOffer(_session);

        var result = _negotiator.ProcessAnswer(_session, SdpSamples.Parse(SippAnswer.Replace("m=audio 6002", "m=audio 0", StringComparison.Ordinal)));

        Assert.Equal(SdpNegotiationError.AudioRejected, result.Error);
        Assert.NotNull(_session.PendingOffer);
    }

    [Fact]
    public void Answer_choosing_a_codec_we_did_not_offer_is_refused()
    {
        _negotiator.CreateOffer(_session);

        var result = _negotiator.ProcessAnswer(_session, SdpSamples.Parse(SdpSamples.G729OnlyOffer));

        Assert.Equal(SdpNegotiationError.AudioRejected, result.Error);
    }

    [Fact]
    public void Answer_with_a_different_number_of_m_lines_is_refused()
    {
        _negotiator.CreateOffer(_session);

        var result = _negotiator.ProcessAnswer(_session, SdpSamples.Parse(SippAnswer + "\nm=video 0 RTP/AVP 31"));

        Assert.Equal(SdpNegotiationError.AnswerDoesNotMatchOffer, result.Error);
    }

    [Fact]
    public void Holding_a_call_the_peer_already_holds_offers_inactive()
    {
        _negotiator.CreateAnswer(_session, SdpSamples.Parse(SdpSamples.AsteriskHoldReoffer));
        _session.LocalDirection = SdpDirection.SendOnly;

        var hold = _negotiator.CreateOffer(_session);

        Assert.Equal(SdpDirection.Inactive, hold.Media[0].Direction);
    }
}
