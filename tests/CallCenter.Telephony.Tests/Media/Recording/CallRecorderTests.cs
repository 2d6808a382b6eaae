using CallCenter.Telephony.Media.Recording;
using CallCenter.Telephony.Media.Tones;
using NAudio.Wave;

namespace CallCenter.Telephony.Tests.Media.Recording;

public sealed class CallRecorderTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cc-recorder-" + Guid.NewGuid().ToString("N"));
    private readonly ToneGenerator _caller = new(new ToneDefinition(1000, 0, 0.25, 0, 0));
    private readonly ToneGenerator _prompt = new(new ToneDefinition(400, 0, 0.25, 0, 0));
    private readonly short[] _received = new short[160];
    private readonly short[] _sent = new short[160];

    public CallRecorderTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => System.IO.Path.Combine(_folder, name);

    private void Feed(CallRecorder recorder, int ticks, bool talking = true, bool receivedNothing = false)
    {
        for (int i = 0; i < ticks; i++)
        {
            _caller.Fill(_received);
            if (!talking) Array.Clear(_received);
            _prompt.Fill(_sent);
            recorder.OnFrames(i, receivedNothing ? default : _received, _sent);
        }
    }

    private static short[] ReadWav(string path)
    {
        using var reader = new WaveFileReader(path);
        Assert.Equal(new WaveFormat(8000, 16, 1), reader.WaveFormat);
        var bytes = new byte[reader.Length];
        Assert.Equal(bytes.Length, reader.Read(bytes, 0, bytes.Length));
        var samples = new short[bytes.Length / 2];
        Buffer.BlockCopy(bytes, 0, samples, 0, bytes.Length);
        return samples;
    }

    [Fact]
    public async Task Received_sent_and_mixed_tracks_hold_each_direction_and_their_sum()
    {
        var options = new RecordingOptions { ReceivedPath = PathOf("rx.wav"), SentPath = PathOf("tx.wav"), MixedPath = PathOf("mix.wav") };
        var recorder = new CallRecorder(options);
        Feed(recorder, 50);

        var result = await recorder.StopAsync().WaitAsync(Wait);

        Assert.Equal(RecordingStopReason.Stopped, result.Reason);
        Assert.Equal(TimeSpan.FromSeconds(1), result.Duration);
        var rx = ReadWav(options.ReceivedPath);
        var tx = ReadWav(options.SentPath);
        var mix = ReadWav(options.MixedPath);
        Assert.Equal(8000, rx.Length);
        Assert.Equal(8000, mix.Length);
        Assert.True(Goertzel.Amplitude(rx, 1000) > 0.2 && Goertzel.Amplitude(rx, 400) < 0.01);
        Assert.True(Goertzel.Amplitude(tx, 400) > 0.2 && Goertzel.Amplitude(tx, 1000) < 0.01);
        Assert.True(Goertzel.Amplitude(mix, 1000) > 0.2 && Goertzel.Amplitude(mix, 400) > 0.2);
    }

    [Fact]
    public async Task A_stereo_recording_has_the_caller_on_the_left_and_the_other_party_on_the_right()
    {
        var options = new RecordingOptions { StereoPath = PathOf("stereo.wav") };
        var recorder = new CallRecorder(options);
        Feed(recorder, 50);

        var result = await recorder.StopAsync().WaitAsync(Wait);

        Assert.Equal((TimeSpan.FromSeconds(1), options.StereoPath), (result.Duration, result.StereoPath));
        using var reader = new WaveFileReader(options.StereoPath);
        Assert.Equal(new WaveFormat(8000, 16, 2), reader.WaveFormat);
        var bytes = new byte[reader.Length];
        Assert.Equal(bytes.Length, reader.Read(bytes, 0, bytes.Length));
        var interleaved = new short[bytes.Length / 2];
        Buffer.BlockCopy(bytes, 0, interleaved, 0, bytes.Length);
        var left = interleaved.Where((_, i) => i % 2 == 0).ToArray();
        var right = interleaved.Where((_, i) => i % 2 == 1).ToArray();
        Assert.Equal(8000, left.Length);
        Assert.True(Goertzel.Amplitude(left, 1000) > 0.2 && Goertzel.Amplitude(left, 400) < 0.01, "the caller (1 kHz) alone on the left");
        Assert.True(Goertzel.Amplitude(right, 400) > 0.2 && Goertzel.Amplitude(right, 1000) < 0.01, "the other party (400 Hz) alone on the right");
    }

    [Fact]
    public async Task Mixing_clips_instead_of_wrapping_around()
    {
        var recorder = new CallRecorder(new RecordingOptions { MixedPath = PathOf("mix.wav") });
        var loud = new short[160];
        loud.AsSpan().Fill(30_000);
        recorder.OnFrames(0, loud, loud);
        await recorder.StopAsync().WaitAsync(Wait);

        Assert.All(ReadWav(PathOf("mix.wav")), s => Assert.Equal(short.MaxValue, s));
    }

    [Fact]
    public async Task Recording_stops_at_the_maximum_length()
    {
        var recorder = new CallRecorder(new RecordingOptions { ReceivedPath = PathOf("rx.wav"), MaxDuration = TimeSpan.FromMilliseconds(500) });
        Feed(recorder, 80);

        var result = await recorder.Completion.WaitAsync(Wait);

        Assert.Equal(RecordingStopReason.MaxDuration, result.Reason);
        Assert.Equal(TimeSpan.FromMilliseconds(500), result.Duration);
        Assert.Equal(4000, ReadWav(PathOf("rx.wav")).Length);
    }

    [Fact]
    public async Task Only_the_stop_digit_stops_the_recording()
    {
        var recorder = new CallRecorder(new RecordingOptions { ReceivedPath = PathOf("rx.wav"), StopDigit = '#' });
        Feed(recorder, 10);
        recorder.NotifyDigit('5');
        Assert.False(recorder.IsStopped);

        recorder.NotifyDigit('#');
        Feed(recorder, 10); // frames after the digit are not recorded
        var result = await recorder.Completion.WaitAsync(Wait);

        Assert.Equal(RecordingStopReason.Digit, result.Reason);
        Assert.Equal(TimeSpan.FromMilliseconds(200), result.Duration);
    }

    [Fact]
    public async Task Recording_stops_after_the_caller_is_silent_for_the_timeout()
    {
        var recorder = new CallRecorder(new RecordingOptions { ReceivedPath = PathOf("rx.wav"), SilenceTimeout = TimeSpan.FromMilliseconds(400) });
        Feed(recorder, 15); // 300 ms of speech
        Feed(recorder, 10, talking: false); // 200 ms pause: not yet
        Assert.False(recorder.IsStopped);
        Feed(recorder, 5, receivedNothing: true); // nothing received at all counts as silence too
        Feed(recorder, 10, talking: false);

        var result = await recorder.Completion.WaitAsync(Wait);

        Assert.Equal(RecordingStopReason.Silence, result.Reason);
        Assert.Equal(TimeSpan.FromMilliseconds(300 + 400), result.Duration);
    }

    [Fact]
    public async Task Ticks_without_received_audio_are_recorded_as_silence_to_keep_the_tracks_aligned()
    {
        var recorder = new CallRecorder(new RecordingOptions { ReceivedPath = PathOf("rx.wav"), SentPath = PathOf("tx.wav") });
        Feed(recorder, 25, receivedNothing: true);
        Feed(recorder, 25);
        await recorder.DisposeAsync(); // hang-up

        var rx = ReadWav(PathOf("rx.wav"));
        Assert.Equal(ReadWav(PathOf("tx.wav")).Length, rx.Length);
        Assert.All(rx[..4000], s => Assert.Equal(0, s));
        Assert.True(Goertzel.Amplitude(rx.AsSpan(4000), 1000) > 0.2);
    }

    [Fact]
    public async Task The_clock_side_of_recording_allocates_nothing()
    {
        var recorder = new CallRecorder(new RecordingOptions { MixedPath = PathOf("mix.wav"), QueueFrames = 1000 });
        Feed(recorder, 10);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 500; i++) recorder.OnFrames(i, _received, _sent);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        await recorder.StopAsync().WaitAsync(Wait);

        Assert.Equal(0, allocated);
    }
}
