using System.Buffers.Binary;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// Validates a compound RTCP packet (RFC 3550 §6.1, A.2) and reads the SR or RR that must
/// head it. Never throws on hostile input.
/// </summary>
public static class RtcpReportParser
{
    /// <summary>
    /// Parses <paramref name="compound"/>; report blocks are copied into <paramref name="blocks"/>
    /// (up to its length; <see cref="RtcpReport.ReportCount"/> says how many the packet had).
    /// </summary>
    public static RtpParseStatus TryParse(ReadOnlySpan<byte> compound, Span<RtcpReportBlock> blocks, out RtcpReport report)
    {
        report = default;
        if (compound.Length < 8)
        {
            return RtpParseStatus.TooShort;
        }

        var type = (RtcpPacketType)compound[1];
        if (type is not (RtcpPacketType.SenderReport or RtcpPacketType.ReceiverReport))
        {
            return RtpParseStatus.UnexpectedPacketType;
        }

        // Walk every sub-packet first so a truncated or lying compound is refused as a whole.
        bool goodbye = false;
        int offset = 0;
        int firstLength = 0;
        while (offset < compound.Length)
        {
            ReadOnlySpan<byte> rest = compound[offset..];
            if (rest.Length < 4)
            {
                return RtpParseStatus.TooShort;
            }

            if ((rest[0] >> 6) != RtpHeader.Version)
            {
                return RtpParseStatus.BadVersion;
            }

            int length = (BinaryPrimitives.ReadUInt16BigEndian(rest[2..]) + 1) * 4;
            if (length > rest.Length)
            {
                return RtpParseStatus.TooShort;
            }

            // Padding is only allowed on the last packet of a compound (A.2).
            if ((rest[0] & 0x20) != 0 && offset + length != compound.Length)
            {
                return RtpParseStatus.BadPadding;
            }

            if (offset == 0)
            {
                firstLength = length;
            }

            goodbye |= rest[1] == (byte)RtcpPacketType.Goodbye;
            offset += length;
        }

        ReadOnlySpan<byte> first = compound[..firstLength];
        int count = first[0] & 0x1F;
        int fixedPart = type == RtcpPacketType.SenderReport ? 8 + RtcpSenderInfo.Size : 8;
        if (first.Length < fixedPart + (count * RtcpReportBlock.Size))
        {
            return RtpParseStatus.BadLength;
        }

        uint ssrc = BinaryPrimitives.ReadUInt32BigEndian(first[4..]);
        RtcpSenderInfo? sender = null;
        if (type == RtcpPacketType.SenderReport)
        {
            sender = new RtcpSenderInfo(
                BinaryPrimitives.ReadUInt64BigEndian(first[8..]),
                BinaryPrimitives.ReadUInt32BigEndian(first[16..]),
                BinaryPrimitives.ReadUInt32BigEndian(first[20..]),
                BinaryPrimitives.ReadUInt32BigEndian(first[24..]));
        }

        int copied = Math.Min(count, blocks.Length);
        for (int i = 0; i < copied; i++)
        {
            blocks[i] = RtcpReportBlock.Read(first[(fixedPart + (i * RtcpReportBlock.Size))..]);
        }

        report = new RtcpReport(type, ssrc, sender, count, copied, goodbye);
        return RtpParseStatus.Ok;
    }
}
