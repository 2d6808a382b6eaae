namespace CallCenter.Telephony.Rtp;

/// <summary>
/// Rewrites RTP payload types for one relay direction when the two legs numbered the same codec (or
/// telephone-event) differently. A table of 128 entries: one indexed write per packet, no allocation.
/// Payload types not mapped pass unchanged.
/// </summary>
public sealed class RtpPayloadTypeMap
{
    private readonly byte[] _map = new byte[128];

    public RtpPayloadTypeMap()
    {
        for (var i = 0; i < _map.Length; i++) _map[i] = (byte)i;
    }

    /// <summary>Packets arriving with <paramref name="from"/> leave with <paramref name="to"/>.</summary>
    public RtpPayloadTypeMap Map(int from, int to)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, 127);
        ArgumentOutOfRangeException.ThrowIfNegative(to);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to, 127);
        _map[from] = (byte)to;
        return this;
    }

    /// <summary>The payload type a packet of type <paramref name="payloadType"/> leaves with.</summary>
    public int this[int payloadType] => _map[payloadType & 0x7F];

    /// <summary>Rewrites the payload type in an RTP header in place, keeping the marker bit.</summary>
    public void Apply(Span<byte> packet) => packet[1] = (byte)((packet[1] & 0x80) | _map[packet[1] & 0x7F]);
}
