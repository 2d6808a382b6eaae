using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Server;

/// <summary>The echo test number *43 over real UDP: SIP signalling through the whole stack and RTP echoed back.</summary>
public sealed class EchoCallTests : IAsyncLifetime
{
    private SipServerFixture _server = null!;

    public Task InitializeAsync()
    {
        _server = new SipServerFixture();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static string Offer(int rtpPort) =>
        "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" +
        $"m=audio {rtpPort} RTP/AVP 8 0 101\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\na=sendrecv\r\n";

    [Fact]
    public async Task Calling_star_43_answers_with_PCMA_from_the_offer_echoes_RTP_back_and_BYE_ends_the_call()
    {
        using var phone = new TestPhone(_server.Stack.UdpEndPoint!);
        using var rtp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var ok = await phone.RequestAsync(phone.Call("INVITE", "*43", sdp: Offer(((IPEndPoint)rtp.Client.LocalEndPoint!).Port)));

        Assert.Equal(200, ok.StatusCode);
        var answer = SdpParser.Parse(Encoding.UTF8.GetString(ok.Body.Span)).Description!;
        Assert.Equal("8", answer.Media[0].Formats[0]);
        var ourRtp = new IPEndPoint(IPAddress.Loopback, answer.Media[0].Port);
        var toTag = ok.To!.Tag!;
        await phone.SendAsync(phone.Call("ACK", "*43", 1, toTag, ""));

        var payload = Enumerable.Range(0, 160).Select(i => (byte)i).ToArray();
        var packet = new byte[12 + 160];
        new RtpHeader(false, 8, 4711, 160_000, 0xCAFEBABE).Write(payload, packet);
        await rtp.SendAsync(packet, ourRtp);
        var echoed = await rtp.ReceiveAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(RtpParseStatus.Ok, RtpPacket.TryParse(echoed.Buffer, out var back));
        Assert.Equal(payload, back.Payload.ToArray());
        Assert.NotEqual(0xCAFEBABE, back.Header.Ssrc);
        Assert.Equal(1, _server.Calls.Count);

        var bye = await phone.RequestAsync(phone.Call("BYE", "*43", 2, toTag, ""));
        Assert.Equal(200, bye.StatusCode);
        Assert.Equal(0, _server.Calls.Count);

        var record = await _server.Records.WaitForAsync(r => r.CallId == phone.CallId);
        Assert.Equal(("sip:1001@callcenter", "sip:*43@callcenter"), (record.From, record.To));
        Assert.NotNull(record.AnsweredAt);
        Assert.True(record.StartedAt <= record.AnsweredAt && record.AnsweredAt <= record.EndedAt);
        Assert.Equal(CallCenter.Telephony.Calls.HangupSide.Caller, record.HangupBy);
        Assert.Equal("the caller hung up", record.Cause);
    }

    [Fact]
    public async Task An_offer_with_no_codec_we_speak_gets_488_and_leaks_no_RTP_port()
    {
        using var phone = new TestPhone(_server.Stack.UdpEndPoint!);
        var g729 = Offer(40_000).Replace("RTP/AVP 8 0 101", "RTP/AVP 18").Replace("a=rtpmap:8 PCMA/8000\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\n", "a=rtpmap:18 G729/8000\r\n");

        var refused = await phone.RequestAsync(phone.Call("INVITE", "*43", sdp: g729));

        Assert.Equal(488, refused.StatusCode);
        Assert.Equal(0, _server.Calls.Count);
    }

    [Fact]
    public async Task A_number_that_does_not_exist_gets_404_and_a_BYE_for_no_call_gets_481()
    {
        using var phone = new TestPhone(_server.Stack.UdpEndPoint!);

        Assert.Equal(404, (await phone.RequestAsync(phone.Call("INVITE", "9999", sdp: Offer(40_002)))).StatusCode);
        var refused = await _server.Records.WaitForAsync(r => r.CallId == phone.CallId);
        Assert.Equal((404, null, CallCenter.Telephony.Calls.HangupSide.Server), (refused.StatusCode, refused.AnsweredAt, refused.HangupBy));
        Assert.Equal(481, (await phone.RequestAsync(phone.Call("BYE", "*43", 5, "nosuchtag", ""))).StatusCode);
    }
}
