using System.Net;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// Where a session's RTCP goes without rtcp-mux, in order: the address SDP gave (a=rtcp), else the source
/// of the remote's own RTCP (symmetric, NAT), else the remote RTP address with port + 1. The socket form
/// is made once per change, so a report costs no allocation.
/// </summary>
internal sealed class RtcpDestination
{
    private volatile IPEndPoint? _configured;
    private volatile IPEndPoint? _latched;
    private volatile SocketAddress? _address;
    private volatile IPEndPoint? _derivedFrom;

    public IPEndPoint? Configured
    {
        get => _configured;
        set
        {
            _configured = value;
            _address = value?.Serialize();
        }
    }

    /// <summary>The address reports go to, given the current remote RTP address.</summary>
    public IPEndPoint? For(IPEndPoint? rtpRemote) =>
        _configured ?? _latched ?? (rtpRemote is { } r ? new IPEndPoint(r.Address, r.Port + 1) : null);

    /// <summary>The socket form of <see cref="For"/>; made again only when the remote RTP address changed.</summary>
    public SocketAddress? Resolve(IPEndPoint? rtpRemote)
    {
        if (_configured is not null || _latched is not null) return _address;
        if (rtpRemote is null) return null;
        if (!ReferenceEquals(_derivedFrom, rtpRemote))
        {
            _address = new IPEndPoint(rtpRemote.Address, rtpRemote.Port + 1).Serialize();
            _derivedFrom = rtpRemote;
        }

        return _address;
    }

    /// <summary>The remote's RTCP came from <paramref name="source"/>: answer there unless SDP said otherwise.</summary>
    public void Latch(IPEndPoint source)
    {
        if (_configured is not null || _latched is not null) return;
        _latched = source;
        _address = source.Serialize();
    }

    /// <summary>The remote moved (re-INVITE): latch again.</summary>
    public void Unlatch()
    {
        if (_latched is null) return;
        _latched = null;
        _address = _configured?.Serialize();
        _derivedFrom = null;
    }
}
