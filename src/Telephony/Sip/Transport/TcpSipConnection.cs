using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sip.Transport;

/// <summary>
/// One SIP-over-TCP connection: a read loop that frames messages by Content-Length (through
/// <see cref="IStreamFraming"/>) and a serialised writer. Oversize or unframeable input closes the
/// connection; so does idleness.
/// </summary>
public sealed class TcpSipConnection : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly IStreamFraming _framing;
    private readonly IInboundPacketHandler _handler;
    private readonly SipTransportOptions _options;
    private readonly TransportCounters _counters;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly CancellationTokenSource _closed = new();
    private Task? _readLoop;

    internal TcpSipConnection(Socket socket, IStreamFraming framing, IInboundPacketHandler handler, SipTransportOptions options, TransportCounters counters, ILogger logger)
    {
        _socket = socket;
        _framing = framing;
        _handler = handler;
        _options = options;
        _counters = counters;
        _logger = logger;
        socket.NoDelay = true;
        Remote = (IPEndPoint)socket.RemoteEndPoint!;
        Local = (IPEndPoint)socket.LocalEndPoint!;
    }

    public IPEndPoint Remote { get; }
    public IPEndPoint Local { get; }
    public bool IsOpen => !_closed.IsCancellationRequested;
    /// <summary>Completes when the connection has closed, for whatever reason.</summary>
    public Task Completion => _readLoop ?? Task.CompletedTask;

    internal void Start(Action<TcpSipConnection> onClosed) => _readLoop = Task.Run(() => ReadLoopAsync(onClosed));

    public async ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken ct = default)
    {
        await _writeLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            while (!message.IsEmpty)
            {
                var sent = await _socket.SendAsync(message, SocketFlags.None, ct).ConfigureAwait(false);
                message = message[sent..];
            }
            _counters.OnSent();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync(Action<TcpSipConnection> onClosed)
    {
        var buffer = new byte[Math.Min(_options.MaxMessageSize, 8192)];
        int start = 0, end = 0;
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(_closed.Token);
        try
        {
            while (true)
            {
                if (end == buffer.Length)
                {
                    // Make room: first by moving the unread part to the front, then by growing up to the limit.
                    if (start > 0)
                    {
                        Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                        end -= start;
                        start = 0;
                    }
                    else if (buffer.Length < _options.MaxMessageSize)
                        Array.Resize(ref buffer, Math.Min(buffer.Length * 2, _options.MaxMessageSize));
                    else
                    {
                        Reject("a message larger than the limit");
                        return;
                    }
                }
                idle.CancelAfter(_options.TcpIdleTimeout);
                var read = await _socket.ReceiveAsync(buffer.AsMemory(end), SocketFlags.None, idle.Token).ConfigureAwait(false);
                if (read == 0) return;
                end += read;
                while (start < end)
                {
                    var frame = _framing.Frame(buffer.AsSpan(start, end - start));
                    if (frame.Kind == StreamFrameKind.NeedMore) break;
                    if (frame.Kind == StreamFrameKind.Invalid || frame.Length <= 0 || frame.Length > end - start)
                    {
                        Reject("input that is not a SIP message");
                        return;
                    }
                    if (frame.Kind == StreamFrameKind.Message) Deliver(buffer.AsMemory(start, frame.Length));
                    start += frame.Length;
                }
                if (start == end) start = end = 0;
            }
        }
        catch (OperationCanceledException)
        {
            if (!_closed.IsCancellationRequested) _logger.LogDebug("TCP connection from {Remote} idle for {Idle}; closed", Remote, _options.TcpIdleTimeout);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            _logger.LogDebug(ex, "TCP connection {Remote} ended", Remote);
        }
        finally
        {
            Close();
            onClosed(this);
        }
    }

    private void Deliver(ReadOnlyMemory<byte> message)
    {
        _counters.OnReceived();
        try
        {
            _handler.OnPacket(new InboundPacket(message, Remote, Local, SipProtocol.Tcp));
        }
        catch (Exception ex)
        {
            _counters.OnDropped();
            _logger.LogError(ex, "Handler failed on a {Length}-byte message from {Remote}; dropped", message.Length, Remote);
        }
    }

    private void Reject(string what)
    {
        _counters.OnDropped();
        _counters.OnClosedForError();
        _logger.LogWarning("TCP connection from {Remote} sent {What}; closed", Remote, what);
    }

    private void Close()
    {
        if (_closed.IsCancellationRequested) return;
        _closed.Cancel();
        try { _socket.Shutdown(SocketShutdown.Both); } catch (SocketException) { } catch (ObjectDisposedException) { }
        _socket.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        Close();
        if (_readLoop is not null) await _readLoop.ConfigureAwait(false);
        _writeLock.Dispose();
        _closed.Dispose();
    }
}
