using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// Anchored media between two call legs (the B2BUA's RTP relay). Each leg has a leased port pair of
/// ours: what arrives on leg A's socket is sent from leg B's socket to leg B's remote, and vice versa,
/// payload types remapped per direction (RFC 4733 DTMF passes the same way). Each side's remote starts
/// as its SDP address and latches onto the source of the first packet received from that side
/// (symmetric RTP, RFC 4961); packets from other sources are then dropped. RTCP is terminated: RTCP
/// datagrams (on the RTP port with rtcp-mux, or on the RTCP port) are not forwarded, because each leg's
/// reports describe a hop the other leg never sees; we send no reports of our own yet.
/// Per packet: one reused buffer per direction, a cached socket address, no allocation.
/// </summary>
public sealed class RtpRelay : IAsyncDisposable
{
    private readonly RtpRelaySide _a;
    private readonly RtpRelaySide _b;
    private readonly CancellationTokenSource _stop = new();
    private readonly ILogger _logger;
    private Task? _loops;
    private int _disposed;

    /// <param name="a">Leg A: our lease facing it, where to send to it first, and the map for packets coming from it.</param>
    /// <param name="b">Leg B, likewise.</param>
    public RtpRelay(RtpRelayLeg a, RtpRelayLeg b, ILogger logger)
    {
        _a = new RtpRelaySide(a);
        _b = new RtpRelaySide(b);
        _logger = logger;
    }

    /// <summary>Packets forwarded from A to B.</summary>
    public long ForwardedAToB => Interlocked.Read(ref _a.Forwarded);
    /// <summary>Packets forwarded from B to A.</summary>
    public long ForwardedBToA => Interlocked.Read(ref _b.Forwarded);
    /// <summary>Where A's media comes from once latched (null before its first packet).</summary>
    public IPEndPoint? LatchedA => _a.Latched;
    /// <summary>Where B's media comes from once latched.</summary>
    public IPEndPoint? LatchedB => _b.Latched;

    /// <summary>Starts both directions.</summary>
    public void Start() =>
        _loops = Task.WhenAll(Task.Run(() => PumpAsync(_a, _b)), Task.Run(() => PumpAsync(_b, _a)));

    /// <summary>Sets leg B's remote from its SDP (the answer came after the relay was built).</summary>
    public void SetRemote(bool legB, IPEndPoint? remote) => (legB ? _b : _a).SetSdpRemote(remote);

    /// <summary>Replaces the payload-type map of the packets coming from leg A (or B).</summary>
    public void SetMap(bool fromLegB, RtpPayloadTypeMap map) => (fromLegB ? _b : _a).Map = map;

    private async Task PumpAsync(RtpRelaySide from, RtpRelaySide to)
    {
        var buffer = new byte[2048];
        var source = new SocketAddress(from.Leg.Lease.Rtp.AddressFamily);
        var ct = _stop.Token;
        while (!ct.IsCancellationRequested)
        {
            int length;
            try
            {
                length = await from.Leg.Lease.Rtp.ReceiveFromAsync(buffer, SocketFlags.None, source, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) { break; }
            catch (ObjectDisposedException) { break; }
            catch (SocketException) { continue; }
            if (length < 12 || (buffer[0] & 0xC0) != 0x80 || RtpPacket.LooksLikeRtcp(buffer.AsSpan(0, length))) continue;
            if (!from.Accepts(source)) continue;
            from.Map.Apply(buffer);
            if (to.Destination is not { } destination) continue;
            try
            {
                to.Leg.Lease.Rtp.SendTo(buffer.AsSpan(0, length), SocketFlags.None, destination);
                Interlocked.Increment(ref from.Forwarded);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                _logger.LogDebug(ex, "RTP relay send on port {Port} failed", to.Leg.Lease.Port);
            }
        }
    }

    /// <summary>Stops both directions and gives both port pairs back.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stop.CancelAsync().ConfigureAwait(false);
        _a.Leg.Lease.Dispose();
        _b.Leg.Lease.Dispose();
        if (_loops is not null) await _loops.ConfigureAwait(false);
        _stop.Dispose();
    }
}
