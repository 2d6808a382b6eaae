using System.Net;
using System.Net.Sockets;

namespace CallCenter.Telephony.Rtp;

/// <summary>The mutable state of one relay side: the latched source and where to send to it, as a socket address made once per change.</summary>
internal sealed class RtpRelaySide
{
    private readonly Lock _gate = new();
    private SocketAddress? _latched;
    public long Forwarded;

    public RtpRelaySide(RtpRelayLeg leg)
    {
        Leg = leg;
        Map = leg.Map;
        SetSdpRemote(leg.SdpRemote);
    }

    public RtpRelayLeg Leg { get; }
    public volatile RtpPayloadTypeMap Map;
    public volatile SocketAddress? Destination;
    public IPEndPoint? Latched { get; private set; }

    public void SetSdpRemote(IPEndPoint? remote)
    {
        lock (_gate)
        {
            if (_latched is null) Destination = remote?.Serialize() is { } address ? Copy(address) : null;
        }
    }

    /// <summary>Latches on the first source; afterwards only that source is relayed.</summary>
    public bool Accepts(SocketAddress source)
    {
        var latched = _latched;
        if (latched is not null) return latched.Equals(source);
        lock (_gate)
        {
            if (_latched is null)
            {
                _latched = Copy(source);
                Destination = _latched;
                Latched = (IPEndPoint)new IPEndPoint(IPAddress.Any, 0).Create(_latched);
                return true;
            }
            return _latched.Equals(source);
        }
    }

    private static SocketAddress Copy(SocketAddress address)
    {
        var copy = new SocketAddress(address.Family, address.Size);
        address.Buffer.Span[..address.Size].CopyTo(copy.Buffer.Span);
        return copy;
    }
}
