using CallCenter.Telephony.Media.Codecs;
using CallCenter.Telephony.Media.Dtmf;
using CallCenter.Telephony.Media.Tones;
using CallCenter.Telephony.Rtp;

namespace CallCenter.Telephony.Tests.Media;

public class HotPathAllocationTests
{
    [Fact]
    public void Per_packet_media_work_allocates_nothing()
    {
        var tone = new ToneGenerator(ToneScheme.China, CallProgressTone.Busy);
        var stats = new RtpReceiveStatistics(minSequential: 1);
        var sender = new DtmfSender();
        var receiver = new DtmfReceiver();
        short[] pcm = new short[160];
        byte[] g711 = new byte[160];
        byte[] datagram = new byte[200];
        byte[] eventPayload = new byte[4];
        sender.Enqueue("123");
        RunOnePacket(0); // warm up static tables and JIT

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1; i < 500; i++)
        {
            RunOnePacket(i);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

        void RunOnePacket(int i)
        {
            uint timestamp = (uint)(i * 160);
            tone.Fill(pcm);
            PcmuCodec.Instance.Encode(pcm, g711);
            int length = new RtpHeader(false, 0, (ushort)i, timestamp, 42).Write(g711, datagram);
            RtpPacket.TryParse(datagram.AsSpan(0, length), out RtpPacket packet);
            PcmuCodec.Instance.Decode(packet.Payload, pcm);
            stats.Update(packet.Header.SequenceNumber, packet.Header.Timestamp, timestamp + 3);
            if (sender.TryGetPacket(timestamp, out DtmfPacket dtmf))
            {
                dtmf.Event.Write(eventPayload);
                receiver.TryProcess(dtmf.Timestamp, dtmf.Marker, eventPayload, out _);
            }
        }
    }
}
