using System.Buffers.Binary;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// The fixed RTP header of RFC 3550 §5.1 (version is always 2). CSRCs, the header
/// extension and padding live in <see cref="RtpPacket"/>.
/// </summary>
public readonly record struct RtpHeader(
    bool Marker,
    byte PayloadType,
    ushort SequenceNumber,
    uint Timestamp,
    uint Ssrc)
{
    /// <summary>Size of the fixed header in bytes.</summary>
    public const int FixedSize = 12;

    /// <summary>RTP version carried in every packet.</summary>
    public const int Version = 2;

    /// <summary>
    /// Writes this header, the CSRC list (at most 15) and the payload into <paramref name="destination"/>;
    /// returns the datagram length.
    /// </summary>
    public int Write(ReadOnlySpan<uint> csrcs, ReadOnlySpan<byte> payload, Span<byte> destination)
    {
        if (csrcs.Length > 15)
        {
            throw new ArgumentException("RTP carries at most 15 CSRCs.", nameof(csrcs));
        }

        if (PayloadType > 127)
        {
            throw new InvalidOperationException("RTP payload type is a 7-bit value.");
        }

        int headerLength = FixedSize + (4 * csrcs.Length);
        int total = headerLength + payload.Length;
        if (destination.Length < total)
        {
            throw new ArgumentException("Destination is too small for the packet.", nameof(destination));
        }

        destination[0] = (byte)((Version << 6) | csrcs.Length);
        destination[1] = (byte)((Marker ? 0x80 : 0) | PayloadType);
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], SequenceNumber);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], Timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], Ssrc);
        for (int i = 0; i < csrcs.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination[(FixedSize + (4 * i))..], csrcs[i]);
        }

        payload.CopyTo(destination[headerLength..]);
        return total;
    }

    /// <summary>Writes a packet without CSRCs; returns the datagram length.</summary>
    public int Write(ReadOnlySpan<byte> payload, Span<byte> destination) =>
        Write(ReadOnlySpan<uint>.Empty, payload, destination);
}
