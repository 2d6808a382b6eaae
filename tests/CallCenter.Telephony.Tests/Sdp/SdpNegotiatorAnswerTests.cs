using System.Net;
using CallCenter.Telephony.Sdp;

namespace CallCenter.Telephony.Tests.Sdp;

public class SdpNegotiatorAnswerTests
{
    private readonly SdpNegotiator _negotiator = new(new SdpCapabilities());
    private readonly SdpSession _session = new("192.0.2.10", 40000, sessionId: "7001", initialVersion: 1);

    private SdpNegotiationResult Answer(string offer) => _negotiator.CreateAnswer(_session, SdpSamples.Parse(offer));

    [Fact]
    public void SIPp_offer_is_answered_with_PCMU_and_telephone_event_101_at_our_address()
    {
        var result = Answer(SdpSamples.SippOffer);

        Assert.True(result.Success, result.Message);
        var answer = SdpSamples.Parse(result.Answer!.ToString());
        Assert.Equal("192.0.2.10", answer.Connection!.Address);
        Assert.Equal(new SdpOrigin("-", "7001", 1, "IN", "IP4", "192.0.2.10"), answer.Origin);
        var audio = Assert.Single(answer.Media);
        Assert.Equal(40000, audio.Port);
        Assert.Equal(["0", "101"], audio.Formats);
        Assert.Equal(new SdpRtpMap(101, "telephone-event", 8000), audio.FindRtpMap(101));
        Assert.Equal("0-15", audio.FindFmtp(101));
        Assert.Equal(SdpDirection.SendRecv, audio.Direction);
        var agreement = result.Agreement;
        Assert.Equal(SdpCodec.Pcmu, agreement.Codec);
        Assert.Equal(0, agreement.PayloadType);
        Assert.Equal(101, agreement.TelephoneEventPayloadType);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 6000), agreement.RemoteRtpEndPoint);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 6001), agreement.RemoteRtcpEndPoint);
        Assert.True(agreement.ShouldSend);
        Assert.False(agreement.HeldByRemote);
        Assert.Same(agreement, _session.Agreement);
    }

    [Fact]
    public void Baresip_offer_gets_the_first_codec_we_support_and_its_DTMF_and_rtcp_mux()
    {
        var result = Answer(SdpSamples.BaresipOffer);

        Assert.True(result.Success, result.Message);
        var audio = Assert.Single(result.Answer!.Media);
        Assert.Equal(["0", "101"], audio.Formats);
        Assert.Equal(new SdpRtpMap(0, "PCMU", 8000), audio.FindRtpMap(0));
        Assert.Null(audio.FindRtpMap(96));
        Assert.True(audio.RtcpMux);
        Assert.Equal(20, audio.Ptime);
        Assert.Equal("0-15", result.Agreement.TelephoneEventEvents);
        Assert.True(result.Agreement.RtcpMux);
        Assert.Equal(new IPEndPoint(IPAddress.Parse("192.168.1.20"), 10374), result.Agreement.RemoteRtcpEndPoint);
    }

    [Fact]
    public void Linphone_IPv6_offer_gets_PCMA_the_8kHz_telephone_event_and_its_video_rejected_with_port_0()
    {
        var result = Answer(SdpSamples.LinphoneIpv6Offer);

        Assert.True(result.Success, result.Message);
        var answer = result.Answer!;
        Assert.Equal(2, answer.Media.Count);
        Assert.Equal(["8", "100"], answer.Media[0].Formats);
        Assert.Null(answer.Media[0].FindFmtp(100));
        Assert.Equal(("video", 0, "RTP/AVP"), (answer.Media[1].Media, answer.Media[1].Port, answer.Media[1].Protocol));
        Assert.Equal(["103"], answer.Media[1].Formats);
        var agreement = result.Agreement;
        Assert.Equal((SdpCodec.Pcma, 8, (int?)100), (agreement.Codec, agreement.PayloadType, agreement.TelephoneEventPayloadType));
        Assert.Equal(new IPEndPoint(IPAddress.Parse("2001:db8::10"), 7078), agreement.RemoteRtpEndPoint);
        Assert.Equal(new IPEndPoint(IPAddress.Parse("2001:db8::10"), 7079), agreement.RemoteRtcpEndPoint);
        Assert.False(agreement.RtcpMux);
        Assert.False(answer.Media[0].RtcpMux);
    }

    [Fact]
    public void Our_preference_order_wins_when_configured()
    {
        var negotiator = new SdpNegotiator(new SdpCapabilities { Codecs = [SdpCodec.Pcma, SdpCodec.Pcmu], AnswerWithOwnPreference = true });

        var result = negotiator.CreateAnswer(_session, SdpSamples.Parse(SdpSamples.BaresipOffer));

        Assert.Equal(8, result.Agreement!.PayloadType);
        Assert.Equal(["8", "101"], result.Answer!.Media[0].Formats);
    }

    [Fact]
    public void G729_only_offer_fails_with_NoCommonCodec_and_leaves_the_session_untouched()
    {
        var result = Answer(SdpSamples.G729OnlyOffer);

        Assert.False(result.Success);
        Assert.Equal(SdpNegotiationError.NoCommonCodec, result.Error);
        Assert.Contains("PCMU", result.Message, StringComparison.Ordinal);
        Assert.Null(result.Answer);
        Assert.Null(_session.LocalDescription);
        Assert.Null(_session.Agreement);
    }

    [Theory]
    [InlineData("m=video 9000 RTP/AVP 31")]
    [InlineData("m=audio 0 RTP/AVP 0")]
    [InlineData("m=audio 9000 RTP/SAVP 0")]
    [InlineData("m=image 9000 udptl t38")]
    public void Offer_without_a_usable_audio_stream_fails_with_NoAudioStream(string mediaLine)
    {
        var result = Answer($"v=0\no=- 1 1 IN IP4 198.51.100.1\ns=-\nc=IN IP4 198.51.100.1\nt=0 0\n{mediaLine}");

        Assert.Equal(SdpNegotiationError.NoAudioStream, result.Error);
    }

    [Fact]
    public void Only_the_first_usable_audio_stream_is_accepted_and_the_order_of_m_lines_is_kept()
    {
        const string offer = """
            v=0
            o=- 5 5 IN IP4 198.51.100.1
            s=-
            c=IN IP4 198.51.100.1
            t=0 0
            m=audio 5000 RTP/SAVP 0
            a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz
            m=audio 5002 RTP/AVP 18 8
            a=rtpmap:18 G729/8000
            m=audio 5004 RTP/AVP 0
            """;

        var result = Answer(offer);

        Assert.True(result.Success, result.Message);
        Assert.Equal([0, 40000, 0], result.Answer!.Media.Select(m => m.Port));
        Assert.Equal(["0"], result.Answer.Media[0].Formats);
        Assert.Equal(["8"], result.Answer.Media[1].Formats);
        Assert.Equal(1, result.Agreement.MediaIndex);
        Assert.Equal(5002, result.Agreement.RemoteRtpPort);
    }

    [Theory]
    [InlineData("sendrecv", SdpDirection.SendRecv, false)]
    [InlineData("sendonly", SdpDirection.RecvOnly, true)]
    [InlineData("recvonly", SdpDirection.SendOnly, false)]
    [InlineData("inactive", SdpDirection.Inactive, true)]
    public void Answer_direction_mirrors_the_offer(string offered, SdpDirection answered, bool held)
    {
        var result = Answer(SdpSamples.AsteriskOffer.Replace("a=sendrecv", "a=" + offered, StringComparison.Ordinal));

        Assert.Equal(answered, result.Answer!.Media[0].Direction);
        Assert.Equal(answered, result.Agreement!.Direction);
        Assert.Equal(held, result.Agreement.HeldByRemote);
        Assert.Equal(answered.Sends(), result.Agreement.ShouldSend);
    }

    [Fact]
    public void Session_level_direction_applies_when_the_media_has_none()
    {
        var offer = SdpSamples.SippOffer.Replace("t=0 0", "t=0 0\na=sendonly", StringComparison.Ordinal);

        var result = Answer(offer);

        Assert.Equal(SdpDirection.RecvOnly, result.Answer!.Media[0].Direction);
    }

    [Theory]
    [InlineData("sendrecv", SdpDirection.SendOnly)]
    [InlineData("sendonly", SdpDirection.Inactive)]
    [InlineData("recvonly", SdpDirection.SendOnly)]
    public void While_we_hold_the_answer_never_offers_to_receive(string offered, SdpDirection answered)
    {
        _session.LocalDirection = SdpDirection.SendOnly;

        var result = Answer(SdpSamples.AsteriskOffer.Replace("a=sendrecv", "a=" + offered, StringComparison.Ordinal));

        Assert.Equal(answered, result.Answer!.Media[0].Direction);
    }

    [Fact]
    public void Offered_ptime_is_honoured_in_the_answer_and_for_sending()
    {
        var result = Answer(SdpSamples.AsteriskOffer.Replace("a=ptime:20", "a=ptime:30", StringComparison.Ordinal));

        Assert.Equal(30, result.Answer!.Media[0].Ptime);
        Assert.Equal(30, result.Agreement!.Ptime);
    }

    [Fact]
    public void Absent_ptime_means_our_default()
    {
        var negotiator = new SdpNegotiator(new SdpCapabilities { Ptime = 40 });

        var result = negotiator.CreateAnswer(_session, SdpSamples.Parse(SdpSamples.SippOffer));

        Assert.Equal(40, result.Answer!.Media[0].Ptime);
        Assert.Equal(40, result.Agreement!.Ptime);
    }

    [Fact]
    public void Telephone_event_is_left_out_when_disabled()
    {
        var negotiator = new SdpNegotiator(new SdpCapabilities { TelephoneEvent = false });

        var result = negotiator.CreateAnswer(_session, SdpSamples.Parse(SdpSamples.SippOffer));

        Assert.Equal(["0"], result.Answer!.Media[0].Formats);
        Assert.Null(result.Agreement!.TelephoneEventPayloadType);
    }

    [Fact]
    public void Codec_is_recognised_by_its_rtpmap_under_a_dynamic_payload_type()
    {
        var result = Answer("v=0\no=- 1 1 IN IP4 198.51.100.1\ns=-\nc=IN IP4 198.51.100.1\nt=0 0\nm=audio 5000 RTP/AVP 3 112\na=rtpmap:112 pcma/8000/1");

        Assert.True(result.Success, result.Message);
        Assert.Equal((SdpCodec.Pcma, 112), (result.Agreement.Codec, result.Agreement.PayloadType));
        Assert.Equal(new SdpRtpMap(112, "PCMA", 8000), result.Answer!.Media[0].FindRtpMap(112));
    }

    [Fact]
    public void Static_payload_type_number_does_not_win_over_an_rtpmap_that_says_otherwise()
    {
        var result = Answer("v=0\no=- 1 1 IN IP4 198.51.100.1\ns=-\nc=IN IP4 198.51.100.1\nt=0 0\nm=audio 5000 RTP/AVP 0\na=rtpmap:0 G729/8000");

        Assert.Equal(SdpNegotiationError.NoCommonCodec, result.Error);
    }

    [Fact]
    public void Hostile_top_port_gives_no_RTCP_endpoint_instead_of_throwing()
    {
        var result = Answer(SdpSamples.SippOffer.Replace("m=audio 6000", "m=audio 65535", StringComparison.Ordinal));

        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 65535), result.Agreement!.RemoteRtpEndPoint);
        Assert.Null(result.Agreement.RemoteRtcpEndPoint);
    }
}
