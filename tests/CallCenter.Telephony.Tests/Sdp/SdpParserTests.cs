using CallCenter.Telephony.Sdp;

namespace CallCenter.Telephony.Tests.Sdp;

public class SdpParserTests
{
    [Fact]
    public void Parses_every_session_and_media_line_of_a_full_description()
    {
        const string text = """
            v=0
            o=jdoe 2890844526 2890842807 IN IP4 10.47.16.5
            s=SDP Seminar
            i=A Seminar on the session description protocol
            u=http://www.example.com/seminars/sdp.pdf
            e=j.doe@example.com (Jane Doe)
            p=+1 617 555-6011
            c=IN IP4 224.2.17.12/127
            b=CT:128
            t=2873397496 2873404696
            r=7d 1h 0 25h
            z=2882844526 -1h 2898848070 0
            k=prompt
            a=recvonly
            m=audio 49170/2 RTP/AVP 0
            i=voice
            c=IN IP4 224.2.17.12/127/3
            b=AS:64
            k=clear:secret
            a=rtpmap:0 PCMU/8000
            m=video 51372 RTP/AVP 99
            a=rtpmap:99 h263-1998/90000
            """;

        var sdp = SdpSamples.Parse(text);

        Assert.Equal(new SdpOrigin("jdoe", "2890844526", 2890842807, "IN", "IP4", "10.47.16.5"), sdp.Origin);
        Assert.Equal("SDP Seminar", sdp.SessionName);
        Assert.Equal("A Seminar on the session description protocol", sdp.Information);
        Assert.Equal("http://www.example.com/seminars/sdp.pdf", sdp.Uri);
        Assert.Equal(["j.doe@example.com (Jane Doe)"], sdp.Emails);
        Assert.Equal(["+1 617 555-6011"], sdp.Phones);
        Assert.Equal(new SdpConnection("IN", "IP4", "224.2.17.12", Ttl: 127), sdp.Connection);
        Assert.Equal(new SdpBandwidth("CT", 128), Assert.Single(sdp.Bandwidths));
        var timing = Assert.Single(sdp.Timings);
        Assert.Equal((2873397496UL, 2873404696UL), (timing.Start, timing.Stop));
        Assert.Equal(["7d 1h 0 25h"], timing.Repeats);
        Assert.Equal("2882844526 -1h 2898848070 0", sdp.TimeZones);
        Assert.Equal("prompt", sdp.Key);
        Assert.Equal(SdpDirection.RecvOnly, sdp.Direction);
        Assert.Equal(2, sdp.Media.Count);
        var audio = sdp.Media[0];
        Assert.Equal(("audio", 49170, (int?)2, "RTP/AVP"), (audio.Media, audio.Port, audio.PortCount, audio.Protocol));
        Assert.Equal("voice", audio.Information);
        Assert.Equal(new SdpConnection("IN", "IP4", "224.2.17.12", 127, 3), Assert.Single(audio.Connections));
        Assert.Equal(new SdpBandwidth("AS", 64), Assert.Single(audio.Bandwidths));
        Assert.Equal("clear:secret", audio.Key);
        Assert.Equal(new SdpRtpMap(0, "PCMU", 8000), audio.FindRtpMap(0));
        Assert.Equal(SdpDirection.RecvOnly, sdp.DirectionOf(sdp.Media[1]));
        Assert.Equal(new SdpRtpMap(99, "h263-1998", 90000), sdp.Media[1].FindRtpMap(99));
    }

    [Fact]
    public void Reads_rtpmap_fmtp_ptime_rtcp_mux_and_keeps_unknown_attributes_verbatim()
    {
        var sdp = SdpSamples.Parse(SdpSamples.BaresipOffer);

        var audio = Assert.Single(sdp.Media);
        Assert.Equal(["96", "9", "0", "8", "101"], audio.Formats);
        Assert.Equal(new SdpRtpMap(96, "opus", 48000, 2), audio.FindRtpMap(96));
        Assert.Equal("stereo=1;sprop-stereo=1", audio.FindFmtp(96));
        Assert.Equal("0-15", audio.FindFmtp(101));
        Assert.Equal(20, audio.Ptime);
        Assert.True(audio.RtcpMux);
        Assert.Equal(SdpDirection.SendRecv, audio.Direction);
        Assert.Contains(new SdpAttribute("ssrc", "1520583236 cname:d2b0c0e4-6ad2-4b35-a0f1-1a7e7e3c1d10"), audio.Attributes);
        Assert.Contains(new SdpAttribute("rtcp-rsize"), audio.Attributes);
        Assert.Contains(new SdpAttribute("label", "1"), audio.Attributes);
    }

    [Fact]
    public void Reads_IPv6_connection_and_RFC3605_rtcp_port()
    {
        var sdp = SdpSamples.Parse(SdpSamples.LinphoneIpv6Offer);

        Assert.Equal(new SdpConnection("IN", "IP6", "2001:db8::10"), sdp.Connection);
        Assert.Equal("IP6", sdp.Origin.AddressType);
        Assert.Equal(new SdpRtcp(7079), sdp.Media[0].Rtcp);
        Assert.Equal("rcvr-rtt=all:10000 stat-summary=loss,dup,jitt,TTL voip-metrics", Assert.Single(sdp.Attributes).Value);
        Assert.Equal("video", sdp.Media[1].Media);
    }

    [Fact]
    public void Reads_rtcp_attribute_with_its_own_address_and_maxptime()
    {
        var sdp = SdpSamples.Parse(SdpSamples.AsteriskOffer.Replace("a=sendrecv", "a=rtcp:53020 IN IP6 2001:db8::77\na=inactive", StringComparison.Ordinal));

        var audio = sdp.Media[0];
        Assert.Equal(new SdpRtcp(53020, new SdpConnection("IN", "IP6", "2001:db8::77")), audio.Rtcp);
        Assert.Equal(150, audio.MaxPtime);
        Assert.Equal(SdpDirection.Inactive, audio.Direction);
    }

    [Fact]
    public void Accepts_CRLF_line_ends_and_a_trailing_blank_line()
    {
        var crlf = SdpSamples.SippOffer.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n\r\n";

        var result = SdpParser.Parse(crlf);

        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal(6000, result.Description.Media[0].Port);
        Assert.Equal("0-15", result.Description.Media[0].FindFmtp(101));
    }

    [Theory]
    [InlineData("o=- 1 1 IN IP4 1.2.3.4\ns=-\nc=IN IP4 1.2.3.4\nt=0 0\nm=audio 4000 RTP/AVP 0", 1, "v=")]
    [InlineData("v=0\ns=-\nc=IN IP4 1.2.3.4\nt=0 0", 2, "o=")]
    [InlineData("v=0\no=- 1 1 IN IP4 1.2.3.4\nc=IN IP4 1.2.3.4\nt=0 0", 3, "s=")]
    [InlineData("v=1\no=- 1 1 IN IP4 1.2.3.4\ns=-\nt=0 0", 1, "version")]
    [InlineData("v=0\no=- 1 1 IN IP4\ns=-\nt=0 0", 2, "6 fields")]
    [InlineData("v=0\no=- abc 1 IN IP4 1.2.3.4\ns=-\nt=0 0", 2, "session id")]
    [InlineData("v=0\no=- 1 1 IN IP4 1.2.3.4\ns=-\nm=audio 4000 RTP/AVP 0\nc=IN IP4 1.2.3.4\nt=0 0", 4, "t=")]
    [InlineData("v=0\no=- 1 1 IN IP4 1.2.3.4\ns=-\nt=0 0\nm=audio 4000 RTP/AVP 0\na=rtpmap:0 PCMU/8000", 5, "c=")]
    [InlineData("v=0\no=- 1 1 IN IP4 1.2.3.4\ns=-\nc=IN IP4 1.2.3.4\nt=0 0\nm=audio 4000 RTP/AVP 0\nt=0 0", 7, "session-level")]
    [InlineData("v=0\no=- 1 1 IN IP4 1.2.3.4\ns=-\nc=IN IP4 1.2.3.4", 5, "t=")]
    [InlineData("v=0\no=- 1 1 IN IP4 1.2.3.4\ns=-\nc=IN IP4 1.2.3.4\nt=0 0\nm=audio 70000 RTP/AVP 0", 6, "port")]
    [InlineData("v=0\no=- 1 1 IN IP4 1.2.3.4\ns=-\nc=IN IP4 1.2.3.4\nt=0 0\nm=audio 4000 RTP/AVP", 6, "format")]
    [InlineData("v=0\no=- 1 1 IN IP4 1.2.3.4\ns=-\nc=IN IP4\nt=0 0", 4, "c=")]
    [InlineData("v=0\no=- 1 1 IN IP4 1.2.3.4\ns=-\nc=IN IP4 1.2.3.4\nt=0 0\nm=audio 4000 RTP/AVP 0\na=rtpmap:zero PCMU/8000", 7, "rtpmap")]
    [InlineData("v=0\no=- 1 1 IN IP4 1.2.3.4\ns=-\nc=IN IP4 1.2.3.4\nt=now later", 5, "t=")]
    [InlineData("v=0\no=- 1 1 IN IP4 1.2.3.4\ns=-\nc=IN IP4 1.2.3.4\nt=0 0\nx=what", 6, "unknown")]
    [InlineData("v=0\no=- 1 1 IN IP4 1.2.3.4\ns=-\nc=IN IP4 1.2.3.4\nt=0 0\nthis is not sdp", 6, "<letter>=")]
    [InlineData("v=0\no=- 1 1 IN IP4 1.2.3.4\ns=-\nc=IN IP4 1.2.3.4\nc=IN IP4 1.2.3.5\nt=0 0", 5, "second")]
    [InlineData("v=0\no=- 1 1 IN IP4 1.2.3.4\ns=-\nr=7d 1h 0 25h\nt=0 0", 4, "r=")]
    [InlineData("v=0\no=- 1 1 IN IP4 1.2.3.4\ns=-\nc=IN IP4 1.2.3.4\nb=AS\nt=0 0", 5, "b=")]
    public void Broken_description_is_refused_with_the_offending_line_number(string text, int line, string mentions)
    {
        var result = SdpParser.Parse(text);

        Assert.False(result.Success);
        Assert.Equal(line, result.Error.LineNumber);
        Assert.Contains(mentions, result.Error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith($"line {line}: ", result.Error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \r\n")]
    [InlineData("\0\u0001\u0002garbage\u00ff")]
    [InlineData("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n")]
    [InlineData("=\n=\n=")]
    public void Garbage_is_refused_at_line_one_without_throwing(string? text)
    {
        var result = SdpParser.Parse(text);

        Assert.False(result.Success);
        Assert.Equal(1, result.Error.LineNumber);
    }

    [Fact]
    public void Oversized_body_is_refused_before_it_is_split()
    {
        var result = SdpParser.Parse(SdpSamples.SippOffer + "\n" + string.Concat(Enumerable.Repeat("a=x-filler:0123456789\n", 4000)));

        Assert.False(result.Success);
        Assert.Equal(0, result.Error.LineNumber);
        Assert.Contains("at most", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mutated_real_offers_never_make_the_parser_or_the_negotiator_throw()
    {
        var random = new Random(4566);
        var samples = new[] { SdpSamples.SippOffer, SdpSamples.BaresipOffer, SdpSamples.LinphoneIpv6Offer, SdpSamples.LegacyHoldReoffer };
        const string alphabet = "=: /\r\n0123456789avmoc-\u0000\u00ff";
        var ports = new[] { "65535", "0", "99999999999", "-1" };
        for (var i = 0; i < 20000; i++)
        {
            var sample = samples[i % samples.Length];
            if (i % 4 == 0)
            {
                sample = System.Text.RegularExpressions.Regex.Replace(sample, "m=audio [0-9]+", "m=audio " + ports[random.Next(ports.Length)]);
            }

            var chars = sample.ToCharArray();
            for (var n = random.Next(1, 6); n > 0; n--)
            {
                chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars, 0, random.Next(1, chars.Length + 1));
            var result = SdpParser.Parse(text);

            Assert.True(result.Success || result.Error.LineNumber >= 0);
            if (result.Success)
            {
                _ = result.Description.ToString();
                var negotiator = new SdpNegotiator(new SdpCapabilities());
                var answer = negotiator.CreateAnswer(new SdpSession("192.0.2.1", 40000), result.Description);
                if (answer.Success)
                {
                    _ = (answer.Agreement.RemoteRtpEndPoint, answer.Agreement.RemoteRtcpEndPoint, answer.Answer!.ToString());
                }

                var ours = new SdpSession("192.0.2.1", 40000);
                negotiator.CreateOffer(ours);
                var processed = negotiator.ProcessAnswer(ours, result.Description);
                if (processed.Success)
                {
                    _ = (processed.Agreement.RemoteRtpEndPoint, processed.Agreement.RemoteRtcpEndPoint);
                }
            }
        }
    }

    [Fact]
    public void Body_just_under_the_limit_made_of_one_line_type_parses()
    {
        var header = "v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\n";
        var text = header + string.Concat(Enumerable.Repeat("e=a@b.c\n", (SdpParser.MaxLength - header.Length - 8) / 8)) + "t=0 0\n";

        var result = SdpParser.Parse(text);

        Assert.True(result.Success, result.Error?.ToString());
        Assert.True(result.Description.Emails.Count > 8000);
    }
}
