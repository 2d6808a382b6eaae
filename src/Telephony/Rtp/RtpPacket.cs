using System.Buffers.Binary;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// A parsed view over an RTP datagram (RFC 3550 §5.1, §5.3.1); no copies are made, so the
/// view is only valid while the receive buffer is.
/// </summary>
public readonly ref struct RtpPacket
{
    private readonly ReadOnlySpan<byte> _csrcs;

    private RtpPacket(
        RtpHeader header,
        ReadOnlySpan<byte> csrcs,
        bool hasExtension,
        ushort extensionProfile,
        ReadOnlySpan<byte> extensionData,
        ReadOnlySpan<byte> payload,
        int paddingLength)
    {
        Header = header;
        _csrcs = csrcs;
        HasExtension = hasExtension;
        ExtensionProfile = extensionProfile;
        ExtensionData = extensionData;
        Payload = payload;
        PaddingLength = paddingLength;
    }

    /// <summary>Marker, payload type, sequence number, timestamp and SSRC.</summary>
    public RtpHeader Header { get; }

    /// <summary>Number of contributing sources (CC field).</summary>
    public int CsrcCount => _csrcs.Length / 4;

    /// <summary>Whether the X bit was set.</summary>
    public bool HasExtension { get; }

    /// <summary>The "defined by profile" field of the header extension (0 when absent).</summary>
    public ushort ExtensionProfile { get; }

    /// <summary>Header extension body (without its 4-byte preamble).</summary>
    public ReadOnlySpan<byte> ExtensionData { get; }

    /// <summary>Payload with padding removed.</summary>
    public ReadOnlySpan<byte> Payload { get; }

    /// <summary>Padding octets removed from the end (0 when the P bit was clear).</summary>
    public int PaddingLength { get; }

    /// <summary>Whether the P bit was set.</summary>
    public bool HasPadding => PaddingLength > 0;

    /// <summary>Returns the CSRC at <paramref name="index"/>.</summary>
    public uint GetCsrc(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, CsrcCount);
        return BinaryPrimitives.ReadUInt32BigEndian(_csrcs[(4 * index)..]);
    }

    /// <summary>Parses a datagram; never throws, whatever the input.</summary>
    public static RtpParseStatus TryParse(ReadOnlySpan<byte> datagram, out RtpPacket packet)
    {
        packet = default;
        if (datagram.Length < RtpHeader.FixedSize)
        {
            return RtpParseStatus.TooShort;
        }

        byte first = datagram[0];
        if ((first >> 6) != RtpHeader.Version)
        {
            return RtpParseStatus.BadVersion;
        }

        bool padding = (first & 0x20) != 0;
        bool extension = (first & 0x10) != 0;
        int csrcCount = first & 0x0F;
        int offset = RtpHeader.FixedSize + (4 * csrcCount);
        if (datagram.Length < offset)
        {
            return RtpParseStatus.CsrcOverrun;
        }

        ReadOnlySpan<byte> csrcs = datagram[RtpHeader.FixedSize..offset];
        ushort profile = 0;
        ReadOnlySpan<byte> extensionData = default;
        if (extension)
        {
            if (datagram.Length < offset + 4)
            {
                return RtpParseStatus.ExtensionOverrun;
            }

            profile = BinaryPrimitives.ReadUInt16BigEndian(datagram[offset..]);
            int extensionLength = 4 * BinaryPrimitives.ReadUInt16BigEndian(datagram[(offset + 2)..]);
            offset += 4;
            if (datagram.Length - offset < extensionLength)
            {
                return RtpParseStatus.ExtensionOverrun;
            }

            extensionData = datagram.Slice(offset, extensionLength);
            offset += extensionLength;
        }

        int end = datagram.Length;
        int paddingLength = 0;
        if (padding)
        {
            paddingLength = datagram[^1];
            if (paddingLength == 0 || paddingLength > end - offset)
            {
                return RtpParseStatus.BadPadding;
            }

            end -= paddingLength;
        }

        byte second = datagram[1];
        var header = new RtpHeader(
            Marker: (second & 0x80) != 0,
            PayloadType: (byte)(second & 0x7F),
            SequenceNumber: BinaryPrimitives.ReadUInt16BigEndian(datagram[2..]),
            Timestamp: BinaryPrimitives.ReadUInt32BigEndian(datagram[4..]),
            Ssrc: BinaryPrimitives.ReadUInt32BigEndian(datagram[8..]));
        packet = new RtpPacket(header, csrcs, extension, profile, extensionData, datagram[offset..end], paddingLength);
        return RtpParseStatus.Ok;
    }

    /// <summary>
    /// Quick test used to demultiplex RTP from RTCP on one port (RFC 5761 §4): RTCP SR/RR/SDES/BYE/APP
    /// use second-byte values 192–223.
    /// </summary>
    public static bool LooksLikeRtcp(ReadOnlySpan<byte> datagram) =>
        datagram.Length >= 2 && datagram[1] >= 192 && datagram[1] <= 223;
}
