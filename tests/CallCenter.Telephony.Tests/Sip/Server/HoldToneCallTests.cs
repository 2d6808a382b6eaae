using System.Net;
using System.Net.Sockets;
using CallCenter.Telephony.Rtp;

namespace CallCenter.Telephony.Tests.Sip.Server;

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
        var ok = await phone.RequestAsync(phone.Call("INVITE", "*45", 1, "", offer));
        Assert.Equal(200, ok.StatusCode);
        await phone.SendAsync(phone.Call("ACK", "*45", 1, ok.To!.Tag!, ""));

        ushort? previous = null;
        for (var i = 0; i < 25; i++)
        {
            var packet = await rtp.ReceiveAsync().WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(RtpParseStatus.Ok, RtpPacket.TryParse(packet.Buffer, out var parsed));
            Assert.Equal(8, parsed.Header.PayloadType);
            if (previous is { } p) Assert.Equal((ushort)(p + 1), parsed.Header.SequenceNumber);
            previous = parsed.Header.SequenceNumber;
        }

        Assert.Equal(200, (await phone.RequestAsync(phone.Call("BYE", "*45", 2, ok.To!.Tag!, ""))).StatusCode);
        Assert.Equal(0, _server.Calls.Count);
    }
}
