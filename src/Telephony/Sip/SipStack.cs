using System.Net;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sip;

/// <summary>
/// The SIP server's plumbing: UDP and TCP transports → parser (hostile input answered or dropped,
/// never thrown) → received/rport stamped on requests (RFC 3261 §18.2.1, RFC 3581) → transaction
/// layer; and back out through the transport the peer uses.
/// </summary>
public sealed class SipStack : IInboundPacketHandler, ISipSender, IAsyncDisposable
{
    private int _disposed;

    private readonly ILogger _logger;
    private readonly SipParserOptions _parser = new();
    private UdpSipTransport? _udp;
    private TcpSipTransport? _tcp;

    public SipStack(TimeProvider time, SipTimerOptions timers, ILoggerFactory loggers)
    {
        _logger = loggers.CreateLogger<SipStack>();
        Transactions = new SipTransactionLayer(this, time, timers, loggers.CreateLogger<SipTransactionLayer>());
    }

    public SipTransactionLayer Transactions { get; }
    public SipStackCounters Counters { get; } = new();
    public IPEndPoint? UdpEndPoint => _udp?.LocalEndPoint;
    public IPEndPoint? TcpEndPoint => _tcp?.LocalEndPoint;

    public void Start(SipStackOptions options, SipTransportOptions transport)
    {
        _udp = UdpSipTransport.Start(options.UdpEndPoint, this, _logger);
        if (options.TcpEndPoint is { } tcp) _tcp = TcpSipTransport.Start(tcp, new SipStreamFraming(_parser), this, transport, _logger);
        _logger.LogInformation("SIP listening on udp:{Udp} tcp:{Tcp}", _udp.LocalEndPoint, _tcp?.LocalEndPoint);
    }

    public void OnPacket(in InboundPacket packet)
    {
        var peer = new SipPeer(packet.Remote, packet.Protocol);
        var result = SipParser.ParseDatagram(packet.Data.Span, _parser);
        if (!result.IsSuccess)
        {
            Refuse(result, peer);
            return;
        }
        if (result.Request is { } request) StampSource(request, packet.Remote);
        Transactions.Receive(result.Message!, peer);
    }

    public void Send(ReadOnlyMemory<byte> message, SipPeer to) => _ = SendAsync(message, to);

    private async Task SendAsync(ReadOnlyMemory<byte> message, SipPeer to)
    {
        try
        {
            if (to.Protocol == SipProtocol.Tcp && _tcp is not null) await _tcp.SendAsync(message, to.EndPoint).ConfigureAwait(false);
            else if (_udp is not null) await _udp.SendAsync(message, to.EndPoint).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Sending {Length} bytes to {Peer} failed", message.Length, to);
        }
    }

    private void Refuse(SipParseResult result, SipPeer peer)
    {
        if (SipResponseFactory.CreateForParseError(result) is { } response)
        {
            Counters.OnRejected();
            _logger.LogInformation("Refused a request from {Peer} with {Code}: {Reason}", peer, response.StatusCode, result.ErrorMessage);
            Send(SipMessageWriter.ToBytes(response), peer);
        }
        else
        {
            Counters.OnDropped();
            _logger.LogDebug("Dropped input from {Peer}: {Reason}", peer, result.ErrorMessage);
        }
    }

    /// <summary>Notes where the request really came from, so responses reach a phone behind NAT.</summary>
    private static void StampSource(SipRequest request, IPEndPoint source)
    {
        if (request.Vias.Count == 0) return;
        var vias = request.Vias.ToList();
        var top = vias[0];
        var address = source.Address.IsIPv4MappedToIPv6 ? source.Address.MapToIPv4() : source.Address;
        var changed = false;
        if (!IPAddress.TryParse(top.Host.Trim('[', ']'), out var sentBy) || !sentBy.Equals(address) || top.HasRPort)
        {
            top.Parameters.Set("received", address.ToString());
            changed = true;
        }
        if (top.HasRPort && top.RPort is null)
        {
            top.Parameters.Set("rport", source.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            changed = true;
        }
        if (!changed) return;
        request.Headers.Remove(SipHeaderNames.Via);
        for (var i = vias.Count - 1; i >= 0; i--) request.Headers.AddFirst(SipHeaderNames.Via, vias[i].ToString());
    }

    public async ValueTask DisposeAsync()
    {
        // Disposed by the SIP host on stop and again by the container: the second time does nothing.
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        if (_udp is not null) await _udp.DisposeAsync().ConfigureAwait(false);
        if (_tcp is not null) await _tcp.DisposeAsync().ConfigureAwait(false);
    }
}
