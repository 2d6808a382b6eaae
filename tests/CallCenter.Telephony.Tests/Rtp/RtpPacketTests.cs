using CallCenter.Telephony.Rtp;

namespace CallCenter.Telephony.Tests.Rtp;

public class RtpPacketTests
{
    [Fact]
    public void Header_CSRCs_and_payload_round_trip()
    {
        var header = new RtpHeader(Marker: true, PayloadType: 8, SequenceNumber: 65535, Timestamp: 0xFFFFFF00, Ssrc: 0xDEADBEEF);
        byte[] payload = [1, 2, 3, 4, 5];
        uint[] csrcs = [11, 22];
        byte[] buffer = new byte[100];

        int length = header.Write(csrcs, payload, buffer);

        Assert.Equal(12 + 8 + 5, length);
        Assert.Equal(0x82, buffer[0]); // V=2, CC=2
        Assert.Equal(0x88, buffer[1]); // M=1, PT=8
        Assert.Equal(RtpParseStatus.Ok, RtpPacket.TryParse(buffer.AsSpan(0, length), out RtpPacket packet));
        Assert.Equal(header, packet.Header);
        Assert.Equal(2, packet.CsrcCount);
        Assert.Equal(22u, packet.GetCsrc(1));
        Assert.False(packet.HasExtension);
        Assert.False(packet.HasPadding);
        Assert.True(packet.Payload.SequenceEqual(payload));
    }

    [Fact]
    public void Extension_and_padding_are_skipped_to_find_the_payload()
    {
        byte[] datagram =
        [
            0xB0, 0x00, 0x00, 0x01, 0, 0, 0, 160, 0, 0, 0, 7,  // V=2 P=1 X=1, PT 0, seq 1, ts 160, ssrc 7
            0xBE, 0xDE, 0x00, 0x01, 0xAA, 0xBB, 0xCC, 0xDD,   // one-word extension
            0x10, 0x20, 0x30,                                  // payload
            0x00, 0x00, 0x03,                                  // 3 bytes of padding
        ];

        Assert.Equal(RtpParseStatus.Ok, RtpPacket.TryParse(datagram, out RtpPacket packet));
        Assert.Equal((ushort)0xBEDE, packet.ExtensionProfile);
        Assert.Equal(4, packet.ExtensionData.Length);
        Assert.Equal(3, packet.PaddingLength);
        Assert.True(packet.Payload.SequenceEqual(new byte[] { 0x10, 0x20, 0x30 }));
        Assert.Equal(160u, packet.Header.Timestamp);
    }

    [Theory]
    [InlineData(new byte[] { 0x80, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0 }, RtpParseStatus.TooShort)]
    [InlineData(new byte[] { 0x40, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1 }, RtpParseStatus.BadVersion)]
    [InlineData(new byte[] { 0x8F, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 4 }, RtpParseStatus.CsrcOverrun)]
    [InlineData(new byte[] { 0x90, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0xBE, 0xDE, 0xFF, 0xFF, 1 }, RtpParseStatus.ExtensionOverrun)]
    [InlineData(new byte[] { 0x90, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0xBE }, RtpParseStatus.ExtensionOverrun)]
    [InlineData(new byte[] { 0xA0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 9, 9, 0 }, RtpParseStatus.BadPadding)]
    [InlineData(new byte[] { 0xA0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 9, 9, 200 }, RtpParseStatus.BadPadding)]
    public void Malformed_datagrams_are_rejected_with_a_reason(byte[] datagram, RtpParseStatus expected)
    {
        Assert.Equal(expected, RtpPacket.TryParse(datagram, out _));
    }

    [Fact]
    public void Random_garbage_never_throws()
    {
        var random = new Random(3550);
        byte[] buffer = new byte[64];
        for (int i = 0; i < 20000; i++)
        {
            int length = random.Next(buffer.Length + 1);
            random.NextBytes(buffer);
            RtpPacket.TryParse(buffer.AsSpan(0, length), out _);
            RtcpReportParser.TryParse(buffer.AsSpan(0, length), new RtcpReportBlock[4], out _);
        }
    }

    [Fact]
    public void RTCP_is_told_apart_from_RTP_on_a_shared_port()
    {
        Assert.True(RtpPacket.LooksLikeRtcp([0x80, 200, 0, 6]));
        Assert.False(RtpPacket.LooksLikeRtcp([0x80, 0x80 | 8, 0, 6]));
    }
}
