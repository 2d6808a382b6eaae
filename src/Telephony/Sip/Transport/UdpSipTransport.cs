using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sip.Transport;

/// <summary>
/// SIP over UDP: one socket, one receive loop, one reused buffer. Every datagram goes to the handler
/// as it is (hostile input included: the parser decides); a handler exception drops that datagram
/// only, and the loop keeps serving.
/// </summary>
public sealed class UdpSipTransport : IAsyncDisposable
{
    private int _disposed;

    private readonly Socket _socket;
    private readonly IInboundPacketHandler _handler;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private UdpSipTransport(Socket socket, IInboundPacketHandler handler, ILogger logger)
    {
        _socket = socket;
        _handler = handler;
        _logger = logger;
        LocalEndPoint = (IPEndPoint)socket.LocalEndPoint!;
        _loop = Task.Run(ReceiveLoopAsync);
    }

    public IPEndPoint LocalEndPoint { get; }
    public TransportCounters Counters { get; } = new();

    /// <summary>Binds (port 0 picks a free port) and starts receiving.</summary>
    public static UdpSipTransport Start(IPEndPoint bind, IInboundPacketHandler handler, ILogger logger)
    {
        var socket = new Socket(bind.AddressFamily, SocketType.Dgram, ProtocolType.Udp)
        {
            // Bursts of INVITEs must queue in the kernel, not be lost, while the loop is busy.
            ReceiveBufferSize = 4 * 1024 * 1024,
            SendBufferSize = 4 * 1024 * 1024,
        };
        try
        {
            socket.Bind(bind);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        return new UdpSipTransport(socket, handler, logger);
    }

    public async ValueTask SendAsync(ReadOnlyMemory<byte> datagram, IPEndPoint remote, CancellationToken ct = default)
    {
        await _socket.SendToAsync(datagram, SocketFlags.None, remote, ct).ConfigureAwait(false);
        Counters.OnSent();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = GC.AllocateUninitializedArray<byte>(65_536, pinned: true);
        EndPoint any = new IPEndPoint(LocalEndPoint.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (!_stop.IsCancellationRequested)
        {
            SocketReceiveFromResult received;
            try
            {
                received = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, any, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) { break; }
            catch (ObjectDisposedException) { break; }
            catch (SocketException ex)
            {
                // e.g. an ICMP port-unreachable reported on the socket: the socket is still good.
                _logger.LogDebug(ex, "UDP receive on {Local} failed; continuing", LocalEndPoint);
                continue;
            }
            Counters.OnReceived();
            try
            {
                _handler.OnPacket(new InboundPacket(buffer.AsMemory(0, received.ReceivedBytes), (IPEndPoint)received.RemoteEndPoint, LocalEndPoint, SipProtocol.Udp));
            }
            catch (Exception ex)
            {
                Counters.OnDropped();
                _logger.LogError(ex, "Handler failed on a {Length}-byte datagram from {Remote}; dropped", received.ReceivedBytes, received.RemoteEndPoint);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Disposed by the SIP host on stop and again by the container: the second time does nothing.
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await _stop.CancelAsync().ConfigureAwait(false);
        _socket.Dispose();
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
