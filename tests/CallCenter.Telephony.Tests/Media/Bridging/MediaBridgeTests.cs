using CallCenter.Telephony.Media.Bridging;
using CallCenter.Telephony.Media.Codecs;
using CallCenter.Telephony.Media.Recording;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Tests.Rtp;
using NAudio.Wave;

namespace CallCenter.Telephony.Tests.Media.Bridging;

/// <summary>
/// Caller phone ⇄ leg A (PCMU) ⇢ bridge ⇠ leg B (PCMA) ⇄ agent phone: four real RTP sessions on loopback
/// paced by the real media clock.
/// </summary>
public sealed class MediaBridgeTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly LoopbackLegs _legs = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cc-bridge-" + Guid.NewGuid().ToString("N"));
    private RtpMediaSession _caller = null!;
    private RtpMediaSession _legA = null!;
    private RtpMediaSession _legB = null!;
    private RtpMediaSession _agent = null!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        (_caller, _legA) = _legs.Pair(PcmuCodec.Instance, PcmuCodec.Instance);
        (_legB, _agent) = _legs.Pair(PcmaCodec.Instance, PcmaCodec.Instance);
        _caller.Source = LoopbackLegs.Tone(1000);
        _agent.Source = LoopbackLegs.Tone(400);
        foreach (var session in new[] { _caller, _legA, _legB, _agent }) _legs.Clock.Add(session);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _legs.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Audio_crosses_both_ways_between_PCMU_and_PCMA_legs()
    {
        await using var bridge = new MediaBridge(_legA, _legB);
        // Ten frames carrying the other side's tone must arrive; a frame that came too late on a busy machine is silence and is not counted.
        var agentHears = new FrameCatcher(frames: 10, received: true, skip: 10, keep: f => Goertzel.Amplitude(f, 1000) > 0.15);
        var callerHears = new FrameCatcher(frames: 10, received: true, skip: 10, keep: f => Goertzel.Amplitude(f, 400) > 0.15);
        _agent.AddTap(agentHears);
        _caller.AddTap(callerHears);
        _legs.Clock.Start();

        var atAgent = await agentHears.Done.WaitAsync(Wait);
        var atCaller = await callerHears.Done.WaitAsync(Wait);

        Assert.True(Goertzel.Amplitude(atAgent, 400) < 0.02, $"agent's own 400 Hz echoed back: {Goertzel.Amplitude(atAgent, 400):F3}");
        Assert.True(Goertzel.Amplitude(atCaller, 1000) < 0.02, $"caller's own 1 kHz echoed back: {Goertzel.Amplitude(atCaller, 1000):F3}");
    }

    [Fact]
    public async Task Digits_pressed_on_one_side_are_sent_on_as_RFC_4733()
    {
        await using var bridge = new MediaBridge(_legA, _legB);
        var digits = new List<char>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _agent.DigitReceived += d =>
        {
            lock (digits) digits.Add(d);
            if (d == '#') done.TrySetResult();
        };
        _caller.SendDigits("7*#");
        _legs.Clock.Start();

        await done.Task.WaitAsync(Wait);

        lock (digits) Assert.Equal(['7', '*', '#'], digits);
        Assert.Equal(3, bridge.DigitsRelayed);
    }

    [Fact]
    public async Task Unbridging_gives_each_leg_back_its_previous_source()
    {
        var holdMusic = LoopbackLegs.Tone(300);
        _legA.Source = holdMusic;
        _legB.Source = null;
        var bridge = new MediaBridge(_legA, _legB);
        Assert.Same(_legB.Received, _legA.Source);
        Assert.Same(_legA.Received, _legB.Source);

        await bridge.DisposeAsync();

        Assert.Same(holdMusic, _legA.Source);
        Assert.Null(_legB.Source);
    }

    [Fact]
    public async Task A_recording_of_the_bridged_call_has_each_side_and_the_conversation()
    {
        await using var bridge = new MediaBridge(_legA, _legB);
        var recording = bridge.Record(new RecordingOptions
        {
            ReceivedPath = Path.Combine(_folder, "caller.wav"),
            SentPath = Path.Combine(_folder, "agent.wav"),
            MixedPath = Path.Combine(_folder, "mixed.wav"),
            MaxDuration = TimeSpan.FromSeconds(1),
        });
        _legs.Clock.Start();

        var result = await recording.Completion.WaitAsync(Wait);

        Assert.Equal(RecordingStopReason.MaxDuration, result.Reason);
        var caller = Samples(result.ReceivedPath!)[4000..];
        var agent = Samples(result.SentPath!)[4000..];
        var mixed = Samples(result.MixedPath!)[4000..];
        Assert.True(Goertzel.Amplitude(caller, 1000) > 0.15 && Goertzel.Amplitude(caller, 400) < 0.02);
        Assert.True(Goertzel.Amplitude(agent, 400) > 0.15 && Goertzel.Amplitude(agent, 1000) < 0.02);
        Assert.True(Goertzel.Amplitude(mixed, 400) > 0.15 && Goertzel.Amplitude(mixed, 1000) > 0.15);
    }

    private static short[] Samples(string path)
    {
        using var reader = new WaveFileReader(path);
        var bytes = new byte[reader.Length];
        reader.ReadExactly(bytes);
        var samples = new short[bytes.Length / 2];
        Buffer.BlockCopy(bytes, 0, samples, 0, bytes.Length);
        return samples;
    }
}
