using System.Net;
using System.Net.Sockets;
using System.Text;
using CallCenter.Telephony.Media.Dtmf;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;

namespace CallCenter.Telephony.Tests.Sip.Server;

/// <summary>*44 over real UDP: greeting audio arrives, RFC 4733 digits are collected until # and read back, then the server hangs up.</summary>
public sealed class DigitReadbackCallTests : IAsyncLifetime
{
    private SipServerFixture _server = null!;

    public Task InitializeAsync()
    {
        _server = new SipServerFixture();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Star_44_plays_a_greeting_reads_back_the_digits_pressed_and_hangs_up()
    {
        using var phone = new TestPhone(_server.Stack.UdpEndPoint!);
        using var rtp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var rtpPort = ((IPEndPoint)rtp.Client.LocalEndPoint!).Port;
        var offer = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" +
                    $"m=audio {rtpPort} RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\n";
        var ok = await phone.RequestAsync(Request(phone, "INVITE", 1, "", offer));
        Assert.Equal(200, ok.StatusCode);
        var serverRtp = new IPEndPoint(IPAddress.Loopback, SdpParser.Parse(Encoding.UTF8.GetString(ok.Body.Span)).Description!.Media[0].Port);
        await phone.SendAsync(Request(phone, "ACK", 1, ok.To!.Tag!, ""));

        // The greeting: PCMU frames, paced by the media clock.
        var greeting = await rtp.ReceiveAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(RtpParseStatus.Ok, RtpPacket.TryParse(greeting.Buffer, out var first));
        Assert.Equal(0, first.Header.PayloadType);
        Assert.Equal(160, first.Payload.Length);

        await SendDigitsAsync(rtp, serverRtp, "12#");

        var bye = await phone.NextRequestAsync("BYE", TimeSpan.FromSeconds(20));
        Assert.Equal(phone.CallId, bye.CallId);
        Assert.Contains(_server.Log.Lines, l => l.Contains("read back \"12\""));
        Assert.Equal(0, _server.Calls.Count);
        var record = await _server.Records.WaitForAsync(r => r.CallId == phone.CallId);
        Assert.Equal(CallCenter.Telephony.Calls.HangupSide.Server, record.HangupBy);
        Assert.Equal("digit read-back finished", record.Cause);
    }

    private static async Task SendDigitsAsync(UdpClient rtp, IPEndPoint to, string digits)
    {
        var sender = new DtmfSender();
        sender.Enqueue(digits);
        ushort sequence = 100;
        uint timestamp = 16_000;
        var packet = new byte[64];
        for (var tick = 0; tick < 300 && (sender.IsSending || sender.Pending > 0); tick++, timestamp += 160)
        {
            if (!sender.TryGetPacket(timestamp, out var p)) continue;
            var payload = new byte[4];
            p.Event.Write(payload);
            var length = new RtpHeader(p.Marker, 101, sequence++, p.Timestamp, 0xABCD).Write(payload, packet);
            await rtp.SendAsync(packet.AsMemory(0, length), to);
        }
    }

    private static string Request(TestPhone phone, string method, int cseq, string toTag, string sdp) =>
        $"{method} sip:*44@callcenter SIP/2.0\r\n" +
        $"Via: SIP/2.0/UDP {phone.Local};branch=z9hG4bK{Guid.NewGuid():N};rport\r\n" +
        "Max-Forwards: 70\r\n" +
        "From: <sip:1001@callcenter>;tag=caller44\r\n" +
        $"To: <sip:*44@callcenter>{(toTag.Length > 0 ? ";tag=" + toTag : "")}\r\n" +
        $"Call-ID: {phone.CallId}\r\n" +
        $"CSeq: {cseq} {method}\r\n" +
        $"Contact: <sip:1001@{phone.Local}>\r\n" +
        (sdp.Length > 0 ? "Content-Type: application/sdp\r\n" : "") +
        $"Content-Length: {Encoding.UTF8.GetByteCount(sdp)}\r\n\r\n{sdp}";
}

/// <summary>*45 over real UDP: a tone streams until the caller hangs up.</summary>
public sealed class HoldToneCallTests : IAsyncLifetime
{
    private SipServerFixture _server = null!;

    public Task InitializeAsync()
    {
        _server = new SipServerFixture();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Star_45_streams_audio_every_20_ms_until_BYE()
    {
        using var phone = new TestPhone(_server.Stack.UdpEndPoint!);
        using var rtp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var offer = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" +
                    $"m=audio {((IPEndPoint)rtp.Client.LocalEndPoint!).Port} RTP/AVP 8\r\na=rtpmap:8 PCMA/8000\r\n";
        var ok = await phone.RequestAsync(Call(phone, "INVITE", 1, "", offer));
        Assert.Equal(200, ok.StatusCode);
        await phone.SendAsync(Call(phone, "ACK", 1, ok.To!.Tag!, ""));

        ushort? previous = null;
        for (var i = 0; i < 25; i++)
        {
            var packet = await rtp.ReceiveAsync().WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(RtpParseStatus.Ok, RtpPacket.TryParse(packet.Buffer, out var parsed));
            Assert.Equal(8, parsed.Header.PayloadType);
            if (previous is { } p) Assert.Equal((ushort)(p + 1), parsed.Header.SequenceNumber);
            previous = parsed.Header.SequenceNumber;
        }

        Assert.Equal(200, (await phone.RequestAsync(Call(phone, "BYE", 2, ok.To!.Tag!, ""))).StatusCode);
        Assert.Equal(0, _server.Calls.Count);
    }

    private static string Call(TestPhone phone, string method, int cseq, string toTag, string sdp) =>
        $"{method} sip:*45@callcenter SIP/2.0\r\n" +
        $"Via: SIP/2.0/UDP {phone.Local};branch=z9hG4bK{Guid.NewGuid():N};rport\r\n" +
        "Max-Forwards: 70\r\n" +
        "From: <sip:1001@callcenter>;tag=caller45\r\n" +
        $"To: <sip:*45@callcenter>{(toTag.Length > 0 ? ";tag=" + toTag : "")}\r\n" +
        $"Call-ID: {phone.CallId}\r\n" +
        $"CSeq: {cseq} {method}\r\n" +
        $"Contact: <sip:1001@{phone.Local}>\r\n" +
        (sdp.Length > 0 ? "Content-Type: application/sdp\r\n" : "") +
        $"Content-Length: {Encoding.UTF8.GetByteCount(sdp)}\r\n\r\n{sdp}";
}
