using System.Diagnostics;
using System.Globalization;
using System.Net;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Media.Bridging;
using CallCenter.Telephony.Media.Codecs;
using CallCenter.Telephony.Media.Dtmf;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Media.Recording;
using CallCenter.Telephony.Media.Tones;
using CallCenter.Telephony.Rtp;
using Microsoft.Extensions.Logging.Abstractions;

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

// Blocks added for bridging and recording (clock side only: what a tick costs the media clock thread).
var jitter = new JitterBuffer();
short[] played = new short[160];
results["jitter_put_get_ns"] = Measure(i =>
{
    jitter.Put((uint)(i * 160), pcm);
    jitter.Read(played);
});
string wav = Path.Combine(Path.GetTempPath(), $"bench-media-{Environment.ProcessId}.wav");
var recorder = new CallRecorder(new RecordingOptions { MixedPath = wav, QueueFrames = 1000 });
results["recorder_tap_ns"] = Measure(i => recorder.OnFrames(i, pcm, played));
await recorder.StopAsync();
File.Delete(wav);

// Real sessions on loopback. A leg's tick: source, encode, RTP write, sendto. A bridged call: caller phone ⇄
// leg A ⇢ bridge ⇠ leg B ⇄ agent phone, all four ticked; only the two bridge legs' ticks are timed (jitter-buffer
// read, the other leg's frame encoded and sent). The sendto syscall dominates both.
var pool = new RtpPortPool(47_000, 47_099);
RtpMediaSession NewSession() => new(pool.TryAllocate(IPAddress.Loopback)!, PcmuCodec.Instance, 0, 101, null, NullLogger.Instance);
void Connect(RtpMediaSession x, RtpMediaSession y)
{
    x.SetRemote(new IPEndPoint(IPAddress.Loopback, y.LocalPort));
    y.SetRemote(new IPEndPoint(IPAddress.Loopback, x.LocalPort));
}

await using var caller = NewSession();
await using var legA = NewSession();
await using var legB = NewSession();
await using var agent = NewSession();
Connect(caller, legA);
Connect(legB, agent);
caller.Source = new ToneBench(new ToneGenerator(ToneScheme.China, CallProgressTone.Ringback));
agent.Source = new ToneBench(new ToneGenerator(ToneScheme.China, CallProgressTone.Busy));
int socketIterations = quick ? 20_000 : 200_000;
results["session_tick_ns"] = Measure(i => agent.OnTick(i), socketIterations);
await using (var bridge = new MediaBridge(legA, legB))
{
    long bridgeTicks = 0;
    long sentBefore = legA.PacketsSent + legB.PacketsSent;
    long bridgeAllocated = 0;
    for (int i = 0; i < socketIterations + (socketIterations / 10); i++)
    {
        long aHad = legA.PacketsReceived;
        long bHad = legB.PacketsReceived;
        caller.OnTick(i);
        agent.OnTick(i);
        // Paced like the real clock: both legs have the phones' packets for this tick before they tick
        // (given up after ~1 ms should loopback drop one).
        long waitUntil = Stopwatch.GetTimestamp() + (Stopwatch.Frequency / 1000);
        while ((legA.PacketsReceived == aHad || legB.PacketsReceived == bHad) && Stopwatch.GetTimestamp() < waitUntil)
        {
            Thread.SpinWait(20);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread();
        long start = Stopwatch.GetTimestamp();
        legA.OnTick(i);
        legB.OnTick(i);
        if (i >= socketIterations / 10)
        {
            bridgeTicks += Stopwatch.GetTimestamp() - start;
            bridgeAllocated += GC.GetAllocatedBytesForCurrentThread() - allocated;
        }
    }

    results["bridge_tick_ns"] = (double)bridgeTicks * 1_000_000_000 / Stopwatch.Frequency / socketIterations;
    results["bridge_ticks_with_audio_pct"] = 100.0 * (legA.PacketsSent + legB.PacketsSent - sentBefore) / (2.0 * (socketIterations + (socketIterations / 10)));
    results["allocated_bytes_per_bridge_tick"] = bridgeAllocated / socketIterations;
}


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

double Measure(Action<int> body, int count = 0)
{
    count = count == 0 ? iterations : count;
    for (int i = 0; i < count / 10; i++)
    {
        body(i);
    }

    long start = Stopwatch.GetTimestamp();
    for (int i = 0; i < count; i++)
    {
        body(i);
    }

    return Stopwatch.GetElapsedTime(start).TotalNanoseconds / count;
}

/// <summary>A ringback tone as a leg's source.</summary>
internal sealed class ToneBench(ToneGenerator generator) : IAudioSource
{
    public bool Read(Span<short> frame)
    {
        generator.Fill(frame);
        return true;
    }
}
