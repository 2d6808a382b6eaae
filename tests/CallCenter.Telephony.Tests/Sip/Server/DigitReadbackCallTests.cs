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
        var ok = await phone.RequestAsync(phone.Call("INVITE", "*44", 1, "", offer));
        Assert.Equal(200, ok.StatusCode);
        var serverRtp = new IPEndPoint(IPAddress.Loopback, SdpParser.Parse(Encoding.UTF8.GetString(ok.Body.Span)).Description!.Media[0].Port);
        await phone.SendAsync(phone.Call("ACK", "*44", 1, ok.To!.Tag!, ""));

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
}
