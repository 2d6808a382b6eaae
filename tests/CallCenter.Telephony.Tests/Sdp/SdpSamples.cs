using CallCenter.Telephony.Sdp;

namespace CallCenter.Telephony.Tests.Sdp;

/// <summary>Offers shaped like those real peers send, written out by hand for these tests.</summary>
internal static class SdpSamples
{
    /// <summary>SIPp's uac scenario style: PCMU plus telephone-event 101.</summary>
    public const string SippOffer = """
        v=0
        o=user1 53655765 2353687637 IN IP4 127.0.0.1
        s=-
        c=IN IP4 127.0.0.1
        t=0 0
        m=audio 6000 RTP/AVP 0 101
        a=rtpmap:0 PCMU/8000
        a=rtpmap:101 telephone-event/8000
        a=fmtp:101 0-15
        """;

    /// <summary>baresip style: opus and G.722 first, DTMF 0-15, rtcp-mux, extra attributes we do not know.</summary>
    public const string BaresipOffer = """
        v=0
        o=- 1403906374 3829284398 IN IP4 192.168.1.20
        s=-
        c=IN IP4 192.168.1.20
        t=0 0
        m=audio 10374 RTP/AVP 96 9 0 8 101
        b=AS:64
        a=rtpmap:96 opus/48000/2
        a=fmtp:96 stereo=1;sprop-stereo=1
        a=rtpmap:9 G722/8000
        a=rtpmap:0 PCMU/8000
        a=rtpmap:8 PCMA/8000
        a=rtpmap:101 telephone-event/8000
        a=fmtp:101 0-15
        a=sendrecv
        a=label:1
        a=rtcp-rsize
        a=rtcp-mux
        a=ssrc:1520583236 cname:d2b0c0e4-6ad2-4b35-a0f1-1a7e7e3c1d10
        a=ptime:20
        """;

    /// <summary>Linphone/Zoiper style over IPv6: several telephone-event clock rates, a=rtcp, and a video stream.</summary>
    public const string LinphoneIpv6Offer = """
        v=0
        o=alice 3102 1770 IN IP6 2001:db8::10
        s=Talk
        c=IN IP6 2001:db8::10
        t=0 0
        a=rtcp-xr:rcvr-rtt=all:10000 stat-summary=loss,dup,jitt,TTL voip-metrics
        m=audio 7078 RTP/AVP 96 97 98 8 0 101 99 100
        a=rtpmap:96 opus/48000/2
        a=fmtp:96 useinbandfec=1
        a=rtpmap:97 speex/16000
        a=fmtp:97 vbr=on
        a=rtpmap:98 speex/8000
        a=fmtp:98 vbr=on
        a=rtpmap:101 telephone-event/48000
        a=rtpmap:99 telephone-event/16000
        a=rtpmap:100 telephone-event/8000
        a=rtcp:7079
        a=rtcp-fb:* trr-int 1000
        m=video 9078 RTP/AVP 103
        a=rtpmap:103 VP8/90000
        a=rtcp-fb:103 nack pli
        """;

    /// <summary>Asterisk's first offer to us.</summary>
    public const string AsteriskOffer = """
        v=0
        o=- 1234567 1234567 IN IP4 10.0.0.5
        s=Asterisk
        c=IN IP4 10.0.0.5
        t=0 0
        m=audio 14000 RTP/AVP 0 8 101
        a=rtpmap:0 PCMU/8000
        a=rtpmap:8 PCMA/8000
        a=rtpmap:101 telephone-event/8000
        a=fmtp:101 0-16
        a=ptime:20
        a=maxptime:150
        a=sendrecv
        """;

    /// <summary>Asterisk putting us on hold (RFC 3264 §8.4): same stream, a=sendonly, version up.</summary>
    public const string AsteriskHoldReoffer = """
        v=0
        o=- 1234567 1234568 IN IP4 10.0.0.5
        s=Asterisk
        c=IN IP4 10.0.0.5
        t=0 0
        m=audio 14000 RTP/AVP 0 8 101
        a=rtpmap:0 PCMU/8000
        a=rtpmap:8 PCMA/8000
        a=rtpmap:101 telephone-event/8000
        a=fmtp:101 0-16
        a=ptime:20
        a=maxptime:150
        a=sendonly
        """;

    /// <summary>RFC 2543 style hold: the connection address is 0.0.0.0 and no direction attribute.</summary>
    public const string LegacyHoldReoffer = """
        v=0
        o=- 1234567 1234569 IN IP4 10.0.0.5
        s=Asterisk
        c=IN IP4 0.0.0.0
        t=0 0
        m=audio 14000 RTP/AVP 0 8 101
        a=rtpmap:0 PCMU/8000
        a=rtpmap:8 PCMA/8000
        a=rtpmap:101 telephone-event/8000
        a=fmtp:101 0-16
        """;

    /// <summary>A trunk that only speaks G.729.</summary>
    public const string G729OnlyOffer = """
        v=0
        o=carrier 20518 0 IN IP4 203.0.113.7
        s=SIP Call
        c=IN IP4 203.0.113.7
        t=0 0
        m=audio 18000 RTP/AVP 18
        a=rtpmap:18 G729/8000
        a=fmtp:18 annexb=no
        a=sendrecv
        """;

    public static SdpSessionDescription Parse(string text)
    {
        var result = SdpParser.Parse(text);
        Assert.True(result.Success, result.Error?.ToString());
        return result.Description;
    }
}
