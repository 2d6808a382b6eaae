using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sip.Transport;

/// <summary>
/// SIP over TCP: accepts connections, frames messages by Content-Length, and reuses connections
/// (RFC 3261 §18): a message to a remote endpoint goes over the open connection to it, else a new
/// connection is made and kept for the replies.
/// </summary>
public sealed class TcpSipTransport : IAsyncDisposable
{
    private int _disposed;

    private readonly Socket _listener;
    private readonly IStreamFraming _framing;
    private readonly IInboundPacketHandler _handler;
    private readonly SipTransportOptions _options;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<IPEndPoint, TcpSipConnection> _connections = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;

    private TcpSipTransport(Socket listener, IStreamFraming framing, IInboundPacketHandler handler, SipTransportOptions options, ILogger logger)
    {
        _listener = listener;
        _framing = framing;
        _handler = handler;
        _options = options;
        _logger = logger;
        LocalEndPoint = (IPEndPoint)listener.LocalEndPoint!;
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public IPEndPoint LocalEndPoint { get; }
    public TransportCounters Counters { get; } = new();
    public int ConnectionCount => _connections.Count;

    /// <summary>Listens (port 0 picks a free port) and starts accepting.</summary>
    public static TcpSipTransport Start(IPEndPoint bind, IStreamFraming framing, IInboundPacketHandler handler, SipTransportOptions options, ILogger logger)
    {
        var listener = new Socket(bind.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            listener.Bind(bind);
            listener.Listen(512);
        }
        catch
        {
            listener.Dispose();
            throw;
        }
        return new TcpSipTransport(listener, framing, handler, options, logger);
    }

    /// <summary>Sends over the open connection to <paramref name="remote"/>, connecting first if there is none.</summary>
    public async ValueTask SendAsync(ReadOnlyMemory<byte> message, IPEndPoint remote, CancellationToken ct = default)
    {
        var connection = _connections.TryGetValue(remote, out var open) && open.IsOpen ? open : await ConnectAsync(remote, ct).ConfigureAwait(false);
        await connection.SendAsync(message, ct).ConfigureAwait(false);
    }

    private async Task<TcpSipConnection> ConnectAsync(IPEndPoint remote, CancellationToken ct)
    {
        var socket = new Socket(remote.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.TcpConnectTimeout);
        try
        {
            await socket.ConnectAsync(remote, timeout.Token).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        return Adopt(socket);
    }

    private TcpSipConnection Adopt(Socket socket)
    {
        var connection = new TcpSipConnection(socket, _framing, _handler, _options, Counters, _logger);
        // Two messages racing to the same new remote may both connect: the later one wins the slot,
        // the earlier connection still works for its replies and closes when idle.
        _connections[connection.Remote] = connection;
        connection.Start(closed => _connections.TryRemove(new KeyValuePair<IPEndPoint, TcpSipConnection>(closed.Remote, closed)));
        return connection;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket accepted;
            try
            {
                accepted = await _listener.AcceptAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) { break; }
            catch (ObjectDisposedException) { break; }
            catch (SocketException ex)
            {
                _logger.LogWarning(ex, "TCP accept on {Local} failed; continuing", LocalEndPoint);
                continue;
            }
            Counters.OnAccepted();
            Adopt(accepted);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Disposed by the SIP host on stop and again by the container: the second time does nothing.
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Dispose();
        await _acceptLoop.ConfigureAwait(false);
        foreach (var connection in _connections.Values) await connection.DisposeAsync().ConfigureAwait(false);
        _connections.Clear();
        _stop.Dispose();
    }
}
