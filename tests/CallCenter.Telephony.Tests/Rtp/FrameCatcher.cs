using CallCenter.Telephony.Media;

namespace CallCenter.Telephony.Tests.Rtp;

/// <summary>
/// A tap collecting the frames it sees (received, sent, or when null only counting ticks), after skipping the first ones;
/// with <paramref name="keep"/> only the frames it accepts count (a loaded machine may deliver some frames late, as silence).
/// </summary>
internal sealed class FrameCatcher(int frames, bool? received, int skip = 0, Func<short[], bool>? keep = null) : IAudioFrameTap
{
    private readonly TaskCompletionSource<short[]> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<short> _samples = [];
    private int _count;
    private int _skipped;

    public Task<short[]> Done => _done.Task;

    public void OnFrames(long tick, ReadOnlySpan<short> receivedFrame, ReadOnlySpan<short> sentFrame)
    {
        var frame = received switch { true => receivedFrame, false => sentFrame, null => new short[160] };
        if (frame.IsEmpty || _done.Task.IsCompleted) return;
        if (_skipped++ < skip) return;
        if (keep is not null && !keep(frame.ToArray())) return;
        foreach (var sample in frame) _samples.Add(sample);
        if (++_count == frames) _done.TrySetResult([.. _samples]);
    }
}
