using System.Net;
using System.Net.Sockets;
using System.Text;
using CallCenter.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Telephony.Tests.Sip.Transport;

public sealed class TcpSipTransportTests
{
    private static readonly IPEndPoint Loopback = new(IPAddress.Loopback, 0);
    private const string Options = "OPTIONS sip:a SIP/2.0\r\nContent-Length: 5\r\n\r\nhello";
    private const string Bye = "BYE sip:b SIP/2.0\r\nContent-Length: 0\r\n\r\n";

    private static TcpSipTransport Server(PacketSink sink, SipTransportOptions? options = null) =>
        TcpSipTransport.Start(Loopback, new TestFraming(), sink, options ?? new SipTransportOptions(), NullLogger.Instance);

    private static async Task<Socket> ConnectAsync(IPEndPoint to)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(to);
        return socket;
    }

    [Fact]
    public async Task Two_messages_in_one_segment_and_one_message_split_byte_by_byte_are_framed_by_Content_Length()
    {
        var sink = new PacketSink();
        await using var server = Server(sink);
        using var client = await ConnectAsync(server.LocalEndPoint);

        await client.SendAsync(Encoding.ASCII.GetBytes(Options + Bye));
        Assert.Equal(Options, (await sink.NextAsync()).Text);
        Assert.Equal(Bye, (await sink.NextAsync()).Text);

        foreach (var b in Encoding.ASCII.GetBytes(Options)) await client.SendAsync(new[] { b });
        Assert.Equal(Options, (await sink.NextAsync()).Text);
    }

    [Fact]
    public async Task Keep_alive_CRLFs_between_messages_are_skipped()
    {
        var sink = new PacketSink();
        await using var server = Server(sink);
        using var client = await ConnectAsync(server.LocalEndPoint);

        await client.SendAsync(Encoding.ASCII.GetBytes("\r\n\r\n" + Bye + "\r\n" + Bye));

        Assert.Equal(Bye, (await sink.NextAsync()).Text);
        Assert.Equal(Bye, (await sink.NextAsync()).Text);
    }

    [Fact]
    public async Task A_reply_to_the_sender_goes_back_over_the_connection_the_request_came_on()
    {
        var sink = new PacketSink();
        await using var server = Server(sink);
        using var client = await ConnectAsync(server.LocalEndPoint);
        await client.SendAsync(Encoding.ASCII.GetBytes(Options));
        var (_, request) = await sink.NextAsync();

        await server.SendAsync(Encoding.ASCII.GetBytes(Bye), request.Remote);

        var buffer = new byte[1024];
        var read = await client.ReceiveAsync(buffer, SocketFlags.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(Bye, Encoding.ASCII.GetString(buffer, 0, read));
        Assert.Equal(1, server.ConnectionCount);
    }

    [Fact]
    public async Task A_request_to_another_server_opens_one_connection_that_carries_both_directions()
    {
        var atA = new PacketSink();
        var atB = new PacketSink();
        await using var a = Server(atA);
        await using var b = Server(atB);

        await a.SendAsync(Encoding.ASCII.GetBytes(Options), b.LocalEndPoint);
        var (_, arrived) = await atB.NextAsync();
        await b.SendAsync(Encoding.ASCII.GetBytes(Bye), arrived.Remote);
        await a.SendAsync(Encoding.ASCII.GetBytes(Options), b.LocalEndPoint);

        Assert.Equal(Bye, (await atA.NextAsync()).Text);
        Assert.Equal(Options, (await atB.NextAsync()).Text);
        Assert.Equal((1, 1), (a.ConnectionCount, b.ConnectionCount));
        Assert.Equal(0, a.Counters.ConnectionsAccepted);
    }

    [Fact]
    public async Task An_oversize_message_closes_that_connection_and_the_server_keeps_serving()
    {
        var sink = new PacketSink();
        await using var server = Server(sink, new SipTransportOptions { MaxMessageSize = 4096 });
        using var attacker = await ConnectAsync(server.LocalEndPoint);

        // A 100 KB header that never ends.
        var huge = Encoding.ASCII.GetBytes("INVITE sip:x SIP/2.0\r\nX-Big: " + new string('a', 100_000));
        try { await attacker.SendAsync(huge); } catch (SocketException) { }
        Assert.Equal(0, await ReadUntilClosedAsync(attacker));
        Assert.Equal(1, server.Counters.ConnectionsClosedForErrors);

        using var client = await ConnectAsync(server.LocalEndPoint);
        await client.SendAsync(Encoding.ASCII.GetBytes(Bye));
        Assert.Equal(Bye, (await sink.NextAsync()).Text);
    }

    [Fact]
    public async Task Unframeable_input_closes_the_connection()
    {
        var sink = new PacketSink();
        await using var server = Server(sink);
        using var attacker = await ConnectAsync(server.LocalEndPoint);

        await attacker.SendAsync("BAD stuff\r\n\r\n"u8.ToArray());

        Assert.Equal(0, await ReadUntilClosedAsync(attacker));
        Assert.Equal(1, server.Counters.Dropped);
    }

    private static async Task<int> ReadUntilClosedAsync(Socket socket)
    {
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None).WaitAsync(TimeSpan.FromSeconds(10))) > 0) { }
            return read;
        }
        catch (SocketException)
        {
            return 0;
        }
    }
}
