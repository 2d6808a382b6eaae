using System.Diagnostics;
using System.Globalization;
using CallCenter.Telephony.Media.Codecs;
using CallCenter.Telephony.Media.Dtmf;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Media.Tones;
using CallCenter.Telephony.Rtp;

// Media micro-benchmark: the per-20-ms work of one call leg, measured in a tight loop.
// Baseline is the physical limit: one leg must finish its tick's work within 20 ms, so
// legs_per_core = 20 ms / cost of one leg-tick.
bool quick = args.Contains("--quick");
int iterations = quick ? 200_000 : 2_000_000;

short[] pcm = new short[160];
byte[] g711 = new byte[160];
byte[] datagram = new byte[256];
byte[] eventPayload = new byte[4];
short[] promptSamples = new short[8000 * 10];
var promptTone = new ToneGenerator(new ToneDefinition(450, 0, 0.3, 0, 0));
promptTone.Fill(promptSamples);
var prompt = new AudioPrompt(promptSamples, "bench");
var tone = new ToneGenerator(ToneScheme.China, CallProgressTone.Ringback);
var stats = new RtpReceiveStatistics(minSequential: 1);
var receiver = new DtmfReceiver();
new TelephoneEvent(5, false, 10, 160).Write(eventPayload);

var results = new Dictionary<string, double>(StringComparer.Ordinal)
{
    ["pcmu_encode_frame_ns"] = Measure(i => PcmuCodec.Instance.Encode(pcm, g711)),
    ["pcma_decode_frame_ns"] = Measure(i => PcmaCodec.Instance.Decode(g711, pcm)),
    ["tone_frame_ns"] = Measure(i => tone.Fill(pcm)),
    ["rtp_write_ns"] = Measure(i => new RtpHeader(false, 0, (ushort)i, (uint)(i * 160), 1).Write(g711, datagram)),
    ["rtp_parse_ns"] = Measure(i => RtpPacket.TryParse(datagram.AsSpan(0, 172), out _)),
    ["rtp_stats_update_ns"] = Measure(i => stats.Update((ushort)i, (uint)(i * 160), (uint)(i * 160) + 7)),
    ["dtmf_receive_ns"] = Measure(i => receiver.TryProcess((uint)(i / 8) * 1600, false, eventPayload, out _)),
};

// One leg-tick: send a prompt frame (cached PCMU) as RTP, receive one RTP packet, decode it.
var inStats = new RtpReceiveStatistics(minSequential: 1);
long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
double legTick = Measure(i =>
{
    ReadOnlySpan<byte> frame = prompt.GetEncodedFrame(PcmuCodec.Instance, i % prompt.FrameCount);
    int length = new RtpHeader(false, 0, (ushort)i, (uint)(i * 160), 1).Write(frame, datagram);
    RtpPacket.TryParse(datagram.AsSpan(0, length), out RtpPacket packet);
    inStats.Update(packet.Header.SequenceNumber, packet.Header.Timestamp, (uint)(i * 160) + 3);
    PcmuCodec.Instance.Decode(packet.Payload, pcm);
});
long allocatedPerTick = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (iterations + (iterations / 10));
results["leg_tick_ns"] = legTick;
results["legs_per_core_realtime"] = Math.Floor(20_000_000 / legTick);
results["ratio_to_20ms_budget"] = 20_000_000 / legTick;
results["allocated_bytes_per_leg_tick"] = allocatedPerTick;

foreach ((string name, double value) in results)
{
    Console.Error.WriteLine($"{name,-30} {value.ToString("F1", CultureInfo.InvariantCulture)}");
}

var json = new System.Text.StringBuilder("{");
json.Append(CultureInfo.InvariantCulture, $"\"iterations\":{iterations},\"quick\":{(quick ? "true" : "false")}");
foreach ((string name, double value) in results)
{
    json.Append(CultureInfo.InvariantCulture, $",\"{name}\":{value:F1}");
}

json.Append('}');
Console.WriteLine(json.ToString());

double Measure(Action<int> body)
{
    for (int i = 0; i < iterations / 10; i++)
    {
        body(i);
    }

    long start = Stopwatch.GetTimestamp();
    for (int i = 0; i < iterations; i++)
    {
        body(i);
    }

    return Stopwatch.GetElapsedTime(start).TotalNanoseconds / iterations;
}
