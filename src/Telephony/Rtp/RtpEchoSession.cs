using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// The echo test's media (<c>*43</c>): every RTP packet received is sent straight back, under our own
/// SSRC, to where it came from — symmetric RTP (RFC 4961), so it also works behind NAT, whatever
/// address the SDP offer named. RTCP and malformed datagrams are ignored, never thrown on.
/// </summary>
public sealed class RtpEchoSession : IAsyncDisposable
{
    private readonly RtpPortLease _lease;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly uint _ssrc = BitConverter.ToUInt32(RandomNumberGenerator.GetBytes(4));
    private readonly Task _loop;
    private long _echoed;

    public RtpEchoSession(RtpPortLease lease, ILogger logger)
    {
        _lease = lease;
        _logger = logger;
        _loop = Task.Run(() => RtpReceiveLoop.RunAsync(lease.Rtp, Echo, _stop.Token));
    }

    public int LocalPort => _lease.Port;
    public long PacketsEchoed => Interlocked.Read(ref _echoed);
    /// <summary>Where the media comes from, once the first packet arrived.</summary>
    public IPEndPoint? LatchedRemote { get; private set; }

    private void Echo(byte[] buffer, int length, IPEndPoint source)
    {
        if (RtpPacket.LooksLikeRtcp(buffer.AsSpan(0, length)) || RtpPacket.TryParse(buffer.AsSpan(0, length), out _) != RtpParseStatus.Ok) return;
        // Symmetric RTP: latch on the first source, and ignore anything else (no media injection).
        LatchedRemote ??= source;
        if (!LatchedRemote.Equals(source)) return;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(8, 4), _ssrc);
        try
        {
            _lease.Rtp.SendTo(buffer, 0, length, SocketFlags.None, source);
            Interlocked.Increment(ref _echoed);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            _logger.LogDebug(ex, "Echo to {Remote} failed", source);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _lease.Dispose();
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
