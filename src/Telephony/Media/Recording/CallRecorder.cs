using System.Threading.Channels;
using CallCenter.Telephony.Media.Prompts;

namespace CallCenter.Telephony.Media.Recording;

/// <summary>
/// Records a leg as a tap (<c>RtpMediaSession.AddTap</c>): each tick's received and sent frames go to
/// up to three 8 kHz mono 16-bit WAVs (received, sent, mixed) and a stereo one (received left, sent right) until the owner stops it or an option
/// does (max length, stop digit, caller silence). A tick with nothing received or sent is written as
/// silence so the files keep wall-clock time and stay aligned.
/// <para>
/// The media clock never touches the disk: <see cref="OnFrames"/> copies the frames into one of a fixed
/// set of preallocated slots and posts the slot's index on a bounded single-reader channel (no allocation:
/// <c>TryWrite</c> of an int into a channel whose buffer never grows past its bound, and waking the waiting
/// reader reuses its pooled operation); a background task writes the slots and returns them. If the disk
/// stalls for longer than <see cref="RecordingOptions.QueueFrames"/> ticks, frames are dropped and counted
/// rather than the clock blocked. The WAV header is brought up to date every second and on stop, so a
/// file cut short by a hang-up or a crash is still a valid WAV.
/// </para>
/// </summary>
public sealed class CallRecorder : IAudioFrameTap, IAsyncDisposable
{
    private const int FrameSamples = 160;
    private const int FlushEveryFrames = 50;

    private readonly RecordingOptions _options;
    private readonly RecordingWriter? _receivedWriter;
    private readonly RecordingWriter? _sentWriter;
    private readonly RecordingWriter? _mixedWriter;
    private readonly RecordingWriter? _stereoWriter;
    private readonly short[] _receivedSlots;
    private readonly short[] _sentSlots;
    private readonly Stack<int> _free;
    private readonly Lock _freeGate = new();
    private readonly Channel<int> _filled;
    private readonly SilenceDetector? _silence;
    private readonly long _maxFrames;
    private readonly TaskCompletionSource<RecordingResult> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _writer;
    private readonly short[] _silent = new short[FrameSamples];
    private long _frames;
    private long _dropped;
    private int _stopReason = -1;

    /// <summary>Creates the files (overwriting) and starts the background writer.</summary>
    public CallRecorder(RecordingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ReceivedPath is null && options.SentPath is null && options.MixedPath is null && options.StereoPath is null)
            throw new ArgumentException("Give at least one of ReceivedPath, SentPath, MixedPath, StereoPath.", nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.QueueFrames, 2);
        _options = options;
        _receivedWriter = options.ReceivedPath is { } received ? new RecordingWriter(received) : null;
        _sentWriter = options.SentPath is { } sent ? new RecordingWriter(sent) : null;
        _mixedWriter = options.MixedPath is { } mixed ? new RecordingWriter(mixed) : null;
        _stereoWriter = options.StereoPath is { } stereo ? new RecordingWriter(stereo, channels: 2) : null;
        _receivedSlots = new short[options.QueueFrames * FrameSamples];
        _sentSlots = new short[options.QueueFrames * FrameSamples];
        _free = new Stack<int>(options.QueueFrames);
        for (int i = options.QueueFrames - 1; i >= 0; i--) _free.Push(i);
        _filled = Channel.CreateBounded<int>(new BoundedChannelOptions(options.QueueFrames) { SingleReader = true, SingleWriter = true });
        // Grow the channel's internal queue to its bound now, so the clock thread never pays for it.
        for (int i = 0; i < options.QueueFrames; i++) _filled.Writer.TryWrite(i);
        while (_filled.Reader.TryRead(out _))
        {
        }

        _silence = options.SilenceTimeout is { } timeout ? new SilenceDetector(timeout, options.SilenceThreshold) : null;
        _maxFrames = options.MaxDuration is { } max ? (long)Math.Ceiling(max.TotalMilliseconds / 20) : long.MaxValue;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Completes when the files are closed, with what was recorded.</summary>
    public Task<RecordingResult> Completion => _done.Task;

    /// <summary>Whether the recording has stopped taking frames.</summary>
    public bool IsStopped => Volatile.Read(ref _stopReason) >= 0;

    /// <summary>Called on the media clock's thread with one tick's frames.</summary>
    public void OnFrames(long tick, ReadOnlySpan<short> received, ReadOnlySpan<short> sent)
    {
        if (IsStopped) return;
        int slot;
        lock (_freeGate)
        {
            if (!_free.TryPop(out slot)) slot = -1;
        }

        if (slot < 0)
        {
            Interlocked.Increment(ref _dropped);
        }
        else
        {
            Copy(received, _receivedSlots.AsSpan(slot * FrameSamples, FrameSamples));
            Copy(sent, _sentSlots.AsSpan(slot * FrameSamples, FrameSamples));
            _filled.Writer.TryWrite(slot);
        }

        long frames = ++_frames;
        if (frames >= _maxFrames) Stop(RecordingStopReason.MaxDuration);
        else if (_silence is not null && _silence.Process(received.IsEmpty ? _silent : received)) Stop(RecordingStopReason.Silence);
    }

    /// <summary>Passes a digit the caller pressed; stops the recording when it is the stop digit.</summary>
    public void NotifyDigit(char digit)
    {
        if (_options.StopDigit == digit) Stop(RecordingStopReason.Digit);
    }

    /// <summary>Stops (if not stopped yet) and waits for the files to be closed.</summary>
    public Task<RecordingResult> StopAsync()
    {
        Stop(RecordingStopReason.Stopped);
        return Completion;
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private void Stop(RecordingStopReason reason)
    {
        if (Interlocked.CompareExchange(ref _stopReason, (int)reason, -1) != -1) return;
        _filled.Writer.TryComplete();
    }

    private static void Copy(ReadOnlySpan<short> frame, Span<short> slot)
    {
        if (frame.Length >= slot.Length)
        {
            frame[..slot.Length].CopyTo(slot);
            return;
        }

        frame.CopyTo(slot);
        slot[frame.Length..].Clear();
    }

    private async Task WriteAsync()
    {
        var mixed = new short[2 * FrameSamples];
        long written = 0;
        bool failed = false;
        try
        {
            await foreach (int slot in _filled.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                try
                {
                    if (!failed)
                    {
                        WriteSlot(slot, mixed, written + 1);
                        written++;
                    }
                }
                catch (IOException)
                {
                    failed = true;
                    Stop(RecordingStopReason.WriteFailed);
                }
                finally
                {
                    lock (_freeGate) _free.Push(slot);
                }
            }
        }
        finally
        {
            var reason = failed ? RecordingStopReason.WriteFailed : (RecordingStopReason)Volatile.Read(ref _stopReason);
            CloseQuietly(_receivedWriter);
            CloseQuietly(_sentWriter);
            CloseQuietly(_mixedWriter);
            CloseQuietly(_stereoWriter);
            long samples = written * FrameSamples;
            _done.TrySetResult(new RecordingResult(
                _options.ReceivedPath,
                _options.SentPath,
                _options.MixedPath,
                TimeSpan.FromTicks(samples * TimeSpan.TicksPerSecond / RecordingWriter.SampleRate),
                reason,
                Interlocked.Read(ref _dropped),
                _options.StereoPath));
        }
    }

    private void WriteSlot(int slot, short[] mixed, long written)
    {
        ReadOnlySpan<short> received = _receivedSlots.AsSpan(slot * FrameSamples, FrameSamples);
        ReadOnlySpan<short> sent = _sentSlots.AsSpan(slot * FrameSamples, FrameSamples);
        _receivedWriter?.Write(received);
        _sentWriter?.Write(sent);
        if (_mixedWriter is not null)
        {
            for (int i = 0; i < FrameSamples; i++) mixed[i] = (short)Math.Clamp(received[i] + sent[i], short.MinValue, short.MaxValue);
            _mixedWriter.Write(mixed.AsSpan(0, FrameSamples));
        }

        if (_stereoWriter is not null)
        {
            for (int i = 0; i < FrameSamples; i++)
            {
                mixed[2 * i] = received[i];
                mixed[2 * i + 1] = sent[i];
            }

            _stereoWriter.Write(mixed);
        }

        if (written % FlushEveryFrames == 0)
        {
            _receivedWriter?.Flush();
            _sentWriter?.Flush();
            _mixedWriter?.Flush();
            _stereoWriter?.Flush();
        }
    }

    private static void CloseQuietly(RecordingWriter? writer)
    {
        try
        {
            writer?.Dispose();
        }
        catch (IOException)
        {
            // The disk failed; the header keeps the sizes of the last flush.
        }
    }
}
