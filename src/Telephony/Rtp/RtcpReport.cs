namespace CallCenter.Telephony.Rtp;

/// <summary>
/// The SR or RR at the head of a received compound RTCP packet; its report blocks are copied
/// into the span given to <see cref="RtcpReportParser.TryParse"/>.
/// </summary>
public readonly record struct RtcpReport(
    RtcpPacketType PacketType,
    uint Ssrc,
    RtcpSenderInfo? SenderInfo,
    int ReportCount,
    int BlocksCopied,
    bool HasGoodbye);
