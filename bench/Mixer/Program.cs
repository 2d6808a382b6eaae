using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using CallCenter.Bench.Mixer;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Media.Mixing;

// Mixer micro-benchmark: the cost of one 20 ms mix tick (AudioMixer.OnTick: read every input once, sum, mix-minus for
// every participant, saturate) for 60 and for 3 participants, against a naive O(N²) mix-minus in the same run.
// Everything runs on this thread, as on the media clock's; each figure is the median of several rounds.
bool quick = args.Contains("--quick");
int rounds = quick ? 5 : 11;
double roundSeconds = quick ? 0.2 : 1.0;

var results = new Dictionary<string, double>(StringComparer.Ordinal);
foreach (int n in new[] { 60, 3 })
{
    var mixer = new AudioMixer(maxParticipants: 60);
    var inputs = Inputs(n);
    var participants = inputs.Select(input => mixer.Add(input)!).ToArray();
    var naive = new NaiveMixer(inputs);
    long tick = 0;

    results[$"mix_{n}_ns_per_tick"] = Measure(() => mixer.OnTick(tick++));
    results[$"mix_{n}_ns_per_participant"] = results[$"mix_{n}_ns_per_tick"] / n;
    results[$"naive_{n}_ns_per_tick"] = Measure(naive.Tick);
    Check(participants, naive, n);
    if (n == 60) results["allocated_bytes_per_tick"] = AllocatedPerTick(mixer);
}

results["ratio"] = results["naive_60_ns_per_tick"] / results["mix_60_ns_per_tick"];
results["ratio_3"] = results["naive_3_ns_per_tick"] / results["mix_3_ns_per_tick"];
// The physical limit: one core has 20 ms per tick; how many 60-party conferences one core could mix.
results["conferences_60_per_core"] = Math.Floor(20_000_000 / results["mix_60_ns_per_tick"]);

foreach ((string name, double value) in results)
    Console.Error.WriteLine($"{name,-30} {value.ToString("F1", CultureInfo.InvariantCulture)}");
Console.Error.WriteLine($"SIMD: {(Vector.IsHardwareAccelerated ? $"{Vector<short>.Count} samples a step" : "none")}, {Environment.ProcessorCount} cores, {(quick ? "quick" : "full")} run");

var json = new System.Text.StringBuilder("{");
json.Append(CultureInfo.InvariantCulture, $"\"quick\":{(quick ? "true" : "false")}");
foreach ((string name, double value) in results) json.Append(CultureInfo.InvariantCulture, $",\"{name}\":{value:F1}");
json.Append('}');
Console.WriteLine(json.ToString());

// Median ns per call of body over rounds of about roundSeconds each, after a warm-up round.
double Measure(Action body)
{
    long perRound = Calibrate(body);
    var samples = new double[rounds];
    for (int r = 0; r < rounds; r++)
    {
        long start = Stopwatch.GetTimestamp();
        for (long i = 0; i < perRound; i++) body();
        samples[r] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / perRound;
    }

    Array.Sort(samples);
    return samples[rounds / 2];
}

long Calibrate(Action body)
{
    long count = 100;
    while (true)
    {
        long start = Stopwatch.GetTimestamp();
        for (long i = 0; i < count; i++) body();
        var elapsed = Stopwatch.GetElapsedTime(start);
        if (elapsed.TotalSeconds >= roundSeconds / 4) return Math.Max(100, (long)(count * roundSeconds / elapsed.TotalSeconds));
        count *= 4;
    }
}

double AllocatedPerTick(AudioMixer mixer)
{
    const int ticks = 100_000;
    long before = GC.GetAllocatedBytesForCurrentThread();
    for (int i = 0; i < ticks; i++) mixer.OnTick(i);
    return (double)(GC.GetAllocatedBytesForCurrentThread() - before) / ticks;
}

// Speech-like levels: a different tone per participant, loud enough that 60 of them saturate now and then.
static IAudioSource[] Inputs(int n) =>
[
    .. Enumerable.Range(0, n).Select(p =>
    {
        var frame = new short[160];
        for (int i = 0; i < frame.Length; i++) frame[i] = (short)(3000 * Math.Sin(2 * Math.PI * (200 + (50 * p)) * i / 8000));
        return (IAudioSource)new FrameSource(frame);
    }),
];

// Both mixers must have produced the same mix-minus, or the comparison means nothing.
static void Check(MixerParticipant[] participants, NaiveMixer naive, int n)
{
    var frame = new short[160];
    for (int p = 0; p < n; p++)
    {
        if (!participants[p].Read(frame) || !frame.AsSpan().SequenceEqual(naive.Output(p)))
            throw new InvalidOperationException($"The mixer and the naive baseline disagree for participant {p} of {n}.");
    }
}
