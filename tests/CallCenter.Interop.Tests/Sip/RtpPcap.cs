using System.Buffers.Binary;
using CallCenter.Telephony.Media.Codecs;
using CallCenter.Telephony.Media.Dtmf;
using CallCenter.Telephony.Rtp;

namespace CallCenter.Interop.Tests.Sip;

/// <summary>
/// Writes RTP packets as a pcap file (Ethernet/IPv4/UDP, 20 ms apart) for SIPp's play_pcap_audio,
/// which replays their UDP payloads to the call's media port with the same timing.
/// </summary>
internal static class RtpPcap
{
    /// <summary>RFC 4733 events for <paramref name="digits"/> (PT 101), preceded by 100 ms of nothing.</summary>
    public static void WriteDtmf(string path, string digits)
    {
        var sender = new DtmfSender();
        sender.Enqueue(digits);
        var packets = new List<(int Tick, byte[] Rtp)>();
        ushort sequence = 1;
        uint timestamp = 8_000;
        for (var tick = 5; tick < 500 && (sender.IsSending || sender.Pending > 0); tick++, timestamp += 160)
        {
            if (!sender.TryGetPacket(timestamp, out var p)) continue;
            var payload = new byte[4];
            p.Event.Write(payload);
            var rtp = new byte[RtpHeader.FixedSize + 4];
            new RtpHeader(p.Marker, 101, sequence++, p.Timestamp, 0x44444444).Write(payload, rtp);
            packets.Add((tick, rtp));
        }
        Write(path, packets);
    }

    /// <summary>
    /// One RTP stream (one SSRC, one sequence) of tones (PCMU, PT 0) and RFC 4733 digits (PT 101) at the times the
    /// steps give; a step never starts before the previous one has ended.
    /// </summary>
    public static void WriteScript(string path, params PcapStep[] steps)
    {
        var packets = new List<(int Tick, byte[] Rtp)>();
        ushort sequence = 1;
        static uint Timestamp(int tick) => 8_000 + (uint)tick * 160;
        foreach (var step in steps.OrderBy(s => s.AtMs))
        {
            var tick = Math.Max(step.AtMs / 20, packets.Count == 0 ? 5 : packets[^1].Tick + 1);
            if (step.Digits is { } digits)
            {
                var sender = new DtmfSender();
                sender.Enqueue(digits);
                for (var limit = tick + 5_000; tick < limit && (sender.IsSending || sender.Pending > 0); tick++)
                {
                    if (!sender.TryGetPacket(Timestamp(tick), out var p)) continue;
                    var payload = new byte[4];
                    p.Event.Write(payload);
                    var rtp = new byte[RtpHeader.FixedSize + 4];
                    new RtpHeader(p.Marker, 101, sequence++, p.Timestamp, 0x44444444).Write(payload, rtp);
                    packets.Add((tick, rtp));
                }
                continue;
            }
            for (var first = true; tick < step.UntilMs / 20; tick++, first = false)
            {
                var payload = new byte[160];
                for (var i = 0; i < payload.Length; i++)
                    payload[i] = MuLaw.Encode((short)(9_000 * Math.Sin(2 * Math.PI * 440 * (tick * 160 + i) / 8_000.0)));
                var rtp = new byte[RtpHeader.FixedSize + payload.Length];
                new RtpHeader(first, 0, sequence++, Timestamp(tick), 0x44444444).Write(payload, rtp);
                packets.Add((tick, rtp));
            }
        }
        Write(path, packets);
    }

    private static void Write(string path, IReadOnlyList<(int Tick, byte[] Rtp)> packets)
    {
        using var file = File.Create(path);
        Span<byte> header = stackalloc byte[24];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0xa1b2c3d4);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 2);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 4);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], 65_535);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], 1); // Ethernet
        file.Write(header);
        Span<byte> record = stackalloc byte[16];
        foreach (var (tick, rtp) in packets)
        {
            var frame = new byte[14 + 20 + 8 + rtp.Length];
            frame[12] = 0x08; // IPv4
            var ip = frame.AsSpan(14, 20);
            ip[0] = 0x45;
            BinaryPrimitives.WriteUInt16BigEndian(ip[2..], (ushort)(20 + 8 + rtp.Length));
            ip[8] = 64;
            ip[9] = 17; // UDP
            ip[12] = 127; ip[15] = 1;
            ip[16] = 127; ip[19] = 1;
            var udp = frame.AsSpan(34, 8);
            BinaryPrimitives.WriteUInt16BigEndian(udp, 6000);
            BinaryPrimitives.WriteUInt16BigEndian(udp[2..], 6000);
            BinaryPrimitives.WriteUInt16BigEndian(udp[4..], (ushort)(8 + rtp.Length));
            rtp.CopyTo(frame.AsSpan(42));
            var micros = (long)tick * 20_000;
            BinaryPrimitives.WriteUInt32LittleEndian(record, (uint)(micros / 1_000_000));
            BinaryPrimitives.WriteUInt32LittleEndian(record[4..], (uint)(micros % 1_000_000));
            BinaryPrimitives.WriteUInt32LittleEndian(record[8..], (uint)frame.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(record[12..], (uint)frame.Length);
            file.Write(record);
            file.Write(frame);
        }
    }
}
