using CallCenter.Telephony.Rtp;

namespace CallCenter.Telephony.Tests.Rtp;

public class RtcpReportTests
{
    private static readonly RtcpReportBlock Block = new(
        Ssrc: 0xCAFEBABE,
        FractionLost: 25,
        CumulativeLost: -3,
        ExtendedHighestSequence: 0x0001_0010,
        Jitter: 42,
        LastSenderReport: 0x12345678,
        DelaySinceLastSenderReport: 65536);

    [Fact]
    public void Sender_report_with_SDES_round_trips_as_a_compound_packet()
    {
        var sender = new RtcpSenderInfo(
            RtcpSenderInfo.ToNtp(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)),
            RtpTimestamp: 123456,
            PacketCount: 500,
            OctetCount: 80000);
        byte[] buffer = new byte[256];
        int length = RtcpReportWriter.WriteSenderReport(buffer, 0x11111111, sender, [Block]);
        Assert.Equal(52, length);
        length += RtcpReportWriter.WriteSourceDescription(buffer.AsSpan(length), 0x11111111, "leg1@callcenter");

        var blocks = new RtcpReportBlock[4];
        Assert.Equal(RtpParseStatus.Ok, RtcpReportParser.TryParse(buffer.AsSpan(0, length), blocks, out RtcpReport report));

        Assert.Equal(RtcpPacketType.SenderReport, report.PacketType);
        Assert.Equal(0x11111111u, report.Ssrc);
        Assert.Equal(sender, report.SenderInfo);
        Assert.Equal(1, report.ReportCount);
        Assert.Equal(Block, blocks[0]);
        Assert.False(report.HasGoodbye);
    }

    [Fact]
    public void Receiver_report_with_BYE_round_trips()
    {
        byte[] buffer = new byte[256];
        int length = RtcpReportWriter.WriteReceiverReport(buffer, 7, [Block, Block with { Ssrc = 9 }]);
        length += RtcpReportWriter.WriteGoodbye(buffer.AsSpan(length), 7);

        var blocks = new RtcpReportBlock[1];
        Assert.Equal(RtpParseStatus.Ok, RtcpReportParser.TryParse(buffer.AsSpan(0, length), blocks, out RtcpReport report));

        Assert.Equal(RtcpPacketType.ReceiverReport, report.PacketType);
        Assert.Null(report.SenderInfo);
        Assert.Equal(2, report.ReportCount);
        Assert.Equal(1, report.BlocksCopied);
        Assert.Equal(-3, blocks[0].CumulativeLost);
        Assert.True(report.HasGoodbye);
    }

    [Fact]
    public void NTP_middle_bits_and_DLSR_units_follow_RFC_3550()
    {
        ulong ntp = RtcpSenderInfo.ToNtp(new DateTimeOffset(1900, 1, 1, 0, 0, 1, 500, TimeSpan.Zero));
        Assert.Equal((1UL << 32) | (1UL << 31), ntp);
        Assert.Equal((1u << 16) | (1u << 15), new RtcpSenderInfo(ntp, 0, 0, 0).NtpMiddle32);
        Assert.Equal(65536u * 2, RtcpSenderInfo.ToDlsr(TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public void Truncated_or_lying_compounds_are_rejected()
    {
        byte[] buffer = new byte[256];
        int length = RtcpReportWriter.WriteReceiverReport(buffer, 7, [Block]);
        var blocks = new RtcpReportBlock[1];

        Assert.Equal(RtpParseStatus.TooShort, RtcpReportParser.TryParse(buffer.AsSpan(0, length - 4), blocks, out _));

        buffer[0] = (byte)((buffer[0] & 0xE0) | 3); // claims 3 blocks, carries 1
        Assert.Equal(RtpParseStatus.BadLength, RtcpReportParser.TryParse(buffer.AsSpan(0, length), blocks, out _));

        int sdes = RtcpReportWriter.WriteSourceDescription(buffer, 7, "x");
        Assert.Equal(RtpParseStatus.UnexpectedPacketType, RtcpReportParser.TryParse(buffer.AsSpan(0, sdes), blocks, out _));
    }
}
