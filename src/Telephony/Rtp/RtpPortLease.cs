using System.Net.Sockets;

namespace CallCenter.Telephony.Rtp;

/// <summary>A bound RTP/RTCP socket pair from the <see cref="RtpPortPool"/>; disposing closes both and returns the pair.</summary>
public sealed class RtpPortLease : IDisposable
{
    private readonly RtpPortPool _pool;
    private readonly int _slot;
    private int _disposed;

    internal RtpPortLease(RtpPortPool pool, int slot, int port, Socket rtp, Socket rtcp)
    {
        _pool = pool;
        _slot = slot;
        Port = port;
        Rtp = rtp;
        Rtcp = rtcp;
    }

    /// <summary>The RTP port (even); RTCP is <c>Port + 1</c>.</summary>
    public int Port { get; }
    public Socket Rtp { get; }
    public Socket Rtcp { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        Rtp.Dispose();
        Rtcp.Dispose();
        _pool.Free(_slot);
    }
}
