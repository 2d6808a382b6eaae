using System.Net;
using System.Net.Sockets;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// Hands out RTP/RTCP port pairs (even RTP port, RTCP on the next odd one, RFC 3550 §11) from a
/// configured range, round-robin so a just-released port is not reused at once (late packets of the
/// previous call would land in the next). A port some other program holds is skipped.
/// </summary>
public sealed class RtpPortPool
{
    private readonly int _first;
    private readonly bool[] _inUse;
    private readonly Lock _gate = new();
    private int _cursor;
    private int _used;

    /// <param name="first">Lowest port (rounded up to even). Default range in the product: 20,000–29,999.</param>
    /// <param name="last">Highest port (inclusive).</param>
    public RtpPortPool(int first, int last)
    {
        if (first % 2 == 1) first++;
        if (first < 1024 || last > 65_535 || last < first + 1) throw new ArgumentOutOfRangeException(nameof(first), $"invalid RTP port range {first}-{last}");
        _first = first;
        _inUse = new bool[(last - first + 1) / 2];
    }

    /// <summary>Pairs in the range.</summary>
    public int Capacity => _inUse.Length;

    public int InUse
    {
        get { lock (_gate) return _used; }
    }

    /// <summary>Binds a free pair on <paramref name="address"/>, or null when every pair is taken (answer the call 503).</summary>
    public RtpPortLease? TryAllocate(IPAddress address)
    {
        for (var attempt = 0; attempt < _inUse.Length; attempt++)
        {
            int slot;
            lock (_gate)
            {
                if (_used == _inUse.Length) return null;
                while (_inUse[_cursor]) _cursor = (_cursor + 1) % _inUse.Length;
                slot = _cursor;
                _inUse[slot] = true;
                _used++;
                _cursor = (_cursor + 1) % _inUse.Length;
            }
            var port = _first + slot * 2;
            if (TryBind(address, port, out var rtp) && TryBind(address, port + 1, out var rtcp))
                return new RtpPortLease(this, slot, port, rtp!, rtcp!);
            rtp?.Dispose();
            // Held by another program: give the slot back; the cursor has already moved past it.
            Free(slot);
        }
        return null;
    }

    internal void Free(int slot)
    {
        lock (_gate)
        {
            if (!_inUse[slot]) return;
            _inUse[slot] = false;
            _used--;
        }
    }

    private static bool TryBind(IPAddress address, int port, out Socket? socket)
    {
        socket = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.Bind(new IPEndPoint(address, port));
            return true;
        }
        catch (SocketException)
        {
            socket.Dispose();
            socket = null;
            return false;
        }
    }
}
