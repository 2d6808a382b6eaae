namespace CallCenter.Telephony.Rtp;

/// <summary>
/// The RTCP state of one session (RFC 3550 §6.4): writes our compound report (SR when we sent
/// since the previous one, else RR; a report block about the remote's stream once it is valid; SDES
/// CNAME) and reads the remote's, keeping what we need for LSR/DLSR and the round-trip time.
/// Thread-safe: the clock thread writes reports while receive loops read them. No allocation per report.
/// </summary>
internal sealed class RtcpReporter(uint ssrc, string cname, TimeProvider time, int clockRate = 8000)
{
    private readonly Lock _gate = new();
    private readonly RtcpReportBlock[] _blocks = new RtcpReportBlock[1];
    private uint _lastSrMiddle; // middle 32 bits of the remote's last SR, echoed as LSR
    private long _lastSrArrival; // Stopwatch timestamp of its arrival
    private long _packetsAtLastReport;
    private RtcpRemoteReport? _remote;

    public long ReportsSent { get; private set; }

    public long ReportsReceived { get; private set; }

    public RtcpRemoteReport? Remote
    {
        get { lock (_gate) return _remote; }
    }

    /// <summary>Writes our compound report (ending with a BYE when <paramref name="goodbye"/>); <paramref name="statistics"/> must be locked by the caller.</summary>
    public int Write(Span<byte> destination, long packetsSent, long octetsSent, uint rtpTimestamp, RtpReceiveStatistics statistics, uint? remoteSsrc, bool goodbye = false)
    {
        lock (_gate)
        {
            int blockCount = 0;
            if (remoteSsrc is { } source && statistics.IsValid)
            {
                uint dlsr = _lastSrMiddle == 0 ? 0 : RtcpSenderInfo.ToDlsr(time.GetElapsedTime(_lastSrArrival));
                _blocks[0] = statistics.CreateReportBlock(source, _lastSrMiddle, dlsr);
                blockCount = 1;
            }

            ReadOnlySpan<RtcpReportBlock> blocks = _blocks.AsSpan(0, blockCount);
            int length;
            if (packetsSent > _packetsAtLastReport)
            {
                var sender = new RtcpSenderInfo(RtcpSenderInfo.ToNtp(time.GetUtcNow()), rtpTimestamp, (uint)packetsSent, (uint)octetsSent);
                length = RtcpReportWriter.WriteSenderReport(destination, ssrc, sender, blocks);
            }
            else
            {
                length = RtcpReportWriter.WriteReceiverReport(destination, ssrc, blocks);
            }

            _packetsAtLastReport = packetsSent;
            length += RtcpReportWriter.WriteSourceDescription(destination[length..], ssrc, cname);
            if (goodbye) length += RtcpReportWriter.WriteGoodbye(destination[length..], ssrc);
            ReportsSent++;
            return length;
        }
    }

    /// <summary>
    /// Reads a received compound packet; true with the report when it carried a block about our stream;
    /// <paramref name="goodbye"/> when it carried a BYE (the remote left).
    /// </summary>
    public bool TryProcess(ReadOnlySpan<byte> compound, out RtcpRemoteReport report, out bool goodbye)
    {
        report = default;
        goodbye = false;
        Span<RtcpReportBlock> blocks = stackalloc RtcpReportBlock[4];
        if (RtcpReportParser.TryParse(compound, blocks, out RtcpReport parsed) != RtpParseStatus.Ok) return false;
        goodbye = parsed.HasGoodbye;
        lock (_gate)
        {
            ReportsReceived++;
            if (parsed.SenderInfo is { } info)
            {
                _lastSrMiddle = info.NtpMiddle32;
                _lastSrArrival = time.GetTimestamp();
            }

            for (int i = 0; i < parsed.BlocksCopied; i++)
            {
                if (blocks[i].Ssrc != ssrc) continue;
                report = ToReport(parsed, blocks[i]);
                _remote = report;
                return true;
            }
        }

        return false;
    }

    private RtcpRemoteReport ToReport(in RtcpReport parsed, in RtcpReportBlock block)
    {
        TimeSpan? roundTrip = null;
        if (block.LastSenderReport != 0)
        {
            // RFC 3550 §6.4.1: RTT = A - LSR - DLSR, all in the middle 32 bits of NTP (1/65536 s).
            uint arrival = (uint)(RtcpSenderInfo.ToNtp(time.GetUtcNow()) >> 16);
            int units = (int)(arrival - block.LastSenderReport - block.DelaySinceLastSenderReport);
            roundTrip = TimeSpan.FromTicks(Math.Max(0, units) * TimeSpan.TicksPerSecond / 65536);
        }

        return new RtcpRemoteReport(
            parsed.Ssrc,
            block.FractionLost / 256.0,
            block.CumulativeLost,
            TimeSpan.FromTicks(block.Jitter * TimeSpan.TicksPerSecond / clockRate),
            roundTrip,
            parsed.SenderInfo is not null);
    }
}
