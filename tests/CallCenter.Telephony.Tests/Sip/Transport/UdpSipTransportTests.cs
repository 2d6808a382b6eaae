using System.Net;
using System.Net.Sockets;
using System.Text;
using CallCenter.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Telephony.Tests.Sip.Transport;

public sealed class UdpSipTransportTests
{
    private static readonly IPEndPoint Loopback = new(IPAddress.Loopback, 0);

    [Fact]
    public async Task A_datagram_reaches_the_handler_with_its_sender_and_a_reply_reaches_the_sender()
    {
        var sink = new PacketSink();
        await using var transport = UdpSipTransport.Start(Loopback, sink, NullLogger.Instance);
        using var phone = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));

        await phone.SendAsync(Encoding.ASCII.GetBytes("OPTIONS sip:x SIP/2.0\r\n\r\n"), transport.LocalEndPoint);
        var (text, packet) = await sink.NextAsync();

        Assert.Equal("OPTIONS sip:x SIP/2.0\r\n\r\n", text);
        Assert.Equal(phone.Client.LocalEndPoint, packet.Remote);
        Assert.Equal(SipProtocol.Udp, packet.Protocol);

        await transport.SendAsync(Encoding.ASCII.GetBytes("SIP/2.0 200 OK\r\n\r\n"), packet.Remote);
        var reply = await phone.ReceiveAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("SIP/2.0 200 OK\r\n\r\n", Encoding.ASCII.GetString(reply.Buffer));
        Assert.Equal((1, 1), (transport.Counters.Received, transport.Counters.Sent));
    }

    [Fact]
    public async Task A_handler_failure_drops_only_that_datagram_and_the_loop_keeps_serving()
    {
        var sink = new PacketSink { ThrowWhen = text => text.StartsWith("boom", StringComparison.Ordinal) };
        await using var transport = UdpSipTransport.Start(Loopback, sink, NullLogger.Instance);
        using var phone = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));

        await phone.SendAsync("boom"u8.ToArray(), transport.LocalEndPoint);
        await phone.SendAsync("next"u8.ToArray(), transport.LocalEndPoint);

        Assert.Equal("next", (await sink.NextAsync()).Text);
        Assert.Equal(1, transport.Counters.Dropped);
    }
}
