using System.Buffers.Binary;
using System.Text;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// Writes RTCP packets of RFC 3550 §6.4–6.6. A compound packet is built by writing an SR or RR
/// then an SDES with the CNAME (and a BYE when leaving) back to back into one buffer.
/// </summary>
public static class RtcpReportWriter
{
    private const int HeaderSize = 8; // common header + sender SSRC

    /// <summary>Writes an SR with up to 31 report blocks; returns the bytes written.</summary>
    public static int WriteSenderReport(Span<byte> destination, uint ssrc, in RtcpSenderInfo sender, ReadOnlySpan<RtcpReportBlock> blocks)
    {
        int length = HeaderSize + RtcpSenderInfo.Size + (blocks.Length * RtcpReportBlock.Size);
        WriteHeader(destination, blocks.Length, RtcpPacketType.SenderReport, length, ssrc);
        Span<byte> info = destination[HeaderSize..];
        BinaryPrimitives.WriteUInt64BigEndian(info, sender.NtpTimestamp);
        BinaryPrimitives.WriteUInt32BigEndian(info[8..], sender.RtpTimestamp);
        BinaryPrimitives.WriteUInt32BigEndian(info[12..], sender.PacketCount);
        BinaryPrimitives.WriteUInt32BigEndian(info[16..], sender.OctetCount);
        WriteBlocks(destination[(HeaderSize + RtcpSenderInfo.Size)..], blocks);
        return length;
    }

    /// <summary>Writes an RR with up to 31 report blocks; returns the bytes written.</summary>
    public static int WriteReceiverReport(Span<byte> destination, uint ssrc, ReadOnlySpan<RtcpReportBlock> blocks)
    {
        int length = HeaderSize + (blocks.Length * RtcpReportBlock.Size);
        WriteHeader(destination, blocks.Length, RtcpPacketType.ReceiverReport, length, ssrc);
        WriteBlocks(destination[HeaderSize..], blocks);
        return length;
    }

    /// <summary>Writes an SDES with one chunk carrying the CNAME item (§6.5.1); returns the bytes written.</summary>
    public static int WriteSourceDescription(Span<byte> destination, uint ssrc, string cname)
    {
        int nameLength = Encoding.UTF8.GetByteCount(cname);
        if (nameLength > 255)
        {
            throw new ArgumentException("CNAME is longer than 255 bytes.", nameof(cname));
        }

        // SSRC + type + length + text, then at least one null octet, padded to 32 bits.
        int chunk = 4 + 2 + nameLength + 1;
        chunk = (chunk + 3) & ~3;
        int length = 4 + chunk;
        if (destination.Length < length)
        {
            throw new ArgumentException("Destination is too small.", nameof(destination));
        }

        destination[..length].Clear();
        WriteHeader(destination, 1, RtcpPacketType.SourceDescription, length, ssrc);
        destination[8] = 1; // CNAME
        destination[9] = (byte)nameLength;
        Encoding.UTF8.GetBytes(cname, destination[10..]);
        return length;
    }

    /// <summary>Writes a BYE for one SSRC (§6.6); returns the bytes written.</summary>
    public static int WriteGoodbye(Span<byte> destination, uint ssrc)
    {
        WriteHeader(destination, 1, RtcpPacketType.Goodbye, HeaderSize, ssrc);
        return HeaderSize;
    }

    private static void WriteHeader(Span<byte> destination, int count, RtcpPacketType type, int length, uint ssrc)
    {
        if (count > 31)
        {
            throw new ArgumentException("An RTCP packet carries at most 31 items.", nameof(count));
        }

        if (destination.Length < length)
        {
            throw new ArgumentException("Destination is too small.", nameof(destination));
        }

        destination[0] = (byte)((RtpHeader.Version << 6) | count);
        destination[1] = (byte)type;
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)((length / 4) - 1));
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], ssrc);
    }

    private static void WriteBlocks(Span<byte> destination, ReadOnlySpan<RtcpReportBlock> blocks)
    {
        for (int i = 0; i < blocks.Length; i++)
        {
            blocks[i].Write(destination[(i * RtcpReportBlock.Size)..]);
        }
    }
}
