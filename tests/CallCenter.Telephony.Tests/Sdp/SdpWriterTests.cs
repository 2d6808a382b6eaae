using CallCenter.Telephony.Sdp;

namespace CallCenter.Telephony.Tests.Sdp;

public class SdpWriterTests
{
    [Theory]
    [InlineData(SdpSamples.SippOffer)]
    [InlineData(SdpSamples.BaresipOffer)]
    [InlineData(SdpSamples.LinphoneIpv6Offer)]
    [InlineData(SdpSamples.AsteriskHoldReoffer)]
    [InlineData(SdpSamples.LegacyHoldReoffer)]
    [InlineData(SdpSamples.G729OnlyOffer)]
    public void Writing_a_parsed_offer_gives_the_same_lines_with_CRLF(string offer)
    {
        var written = SdpWriter.Write(SdpSamples.Parse(offer));

        Assert.Equal(offer.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n", written);
    }

    [Fact]
    public void Built_description_survives_write_then_parse()
    {
        var sdp = new SdpSessionDescription
        {
            Origin = new SdpOrigin("cc", "42", 7, "IN", "IP6", "2001:db8::1"),
            SessionName = "CallCenter",
            Information = "call 17",
            Uri = "https://example.com/call/17",
            Connection = new SdpConnection("IN", "IP6", "2001:db8::1"),
            TimeZones = "2882844526 -1h",
            Key = "prompt",
        };
        sdp.Emails.Add("ops@example.com");
        sdp.Phones.Add("+44 20 7946 0000");
        sdp.Bandwidths.Add(new SdpBandwidth("AS", 80));
        var timing = new SdpTiming { Start = 3034423619, Stop = 3042462419 };
        timing.Repeats.Add("604800 3600 0 90000");
        sdp.Timings.Add(timing);
        sdp.Attributes.Add(new SdpAttribute("x-custom", "a:b c"));
        var audio = new SdpMedia { Media = "audio", Port = 40000, PortCount = 2, Protocol = "RTP/SAVP", Information = "agent leg", Key = "clear:x" };
        audio.Formats.AddRange(["8", "101"]);
        audio.Connections.Add(new SdpConnection("IN", "IP4", "233.252.0.1", 32, 2));
        audio.Bandwidths.Add(new SdpBandwidth("TIAS", 64000));
        audio.Attributes.Add(new SdpAttribute("rtpmap", "8 PCMA/8000"));
        audio.Attributes.Add(new SdpAttribute("rtcp", new SdpRtcp(40011, SdpConnection.ForAddress("192.0.2.9")).ToString()));
        audio.SetDirection(SdpDirection.SendOnly);
        sdp.Media.Add(audio);

        var text = sdp.ToString();
        var parsed = SdpSamples.Parse(text);

        Assert.Equal(text, parsed.ToString());
        Assert.Equal(sdp.Origin, parsed.Origin);
        Assert.Equal("2001:db8::1", parsed.Connection!.Address);
        Assert.Equal(["604800 3600 0 90000"], parsed.Timings[0].Repeats);
        var media = parsed.Media[0];
        Assert.Equal((40000, (int?)2, "RTP/SAVP"), (media.Port, media.PortCount, media.Protocol));
        Assert.Equal(new SdpConnection("IN", "IP4", "233.252.0.1", 32, 2), media.Connections[0]);
        Assert.Equal(new SdpRtcp(40011, new SdpConnection("IN", "IP4", "192.0.2.9")), media.Rtcp);
        Assert.Equal(SdpDirection.SendOnly, media.Direction);
        Assert.Equal(new SdpAttribute("x-custom", "a:b c"), parsed.Attributes[0]);
    }

    [Fact]
    public void Writes_mandatory_lines_in_RFC_order_even_for_an_empty_description()
    {
        var text = new SdpSessionDescription { Connection = SdpConnection.ForAddress("192.0.2.1") }.ToString();

        Assert.Equal("v=0\r\no=- 0 0 IN IP4 0.0.0.0\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n", text);
        Assert.True(SdpParser.Parse(text).Success);
    }

    [Fact]
    public void SetDirection_replaces_the_previous_direction_attribute()
    {
        var media = SdpSamples.Parse(SdpSamples.AsteriskHoldReoffer).Media[0];

        media.SetDirection(SdpDirection.Inactive);

        Assert.Equal(SdpDirection.Inactive, media.Direction);
        Assert.Single(media.Attributes, a => a.Name is "sendonly" or "inactive" or "sendrecv" or "recvonly");
    }
}
