using CallCenter.Telephony.Media.Prompts;

namespace CallCenter.Telephony.Media.Playback;

/// <summary>
/// Plays a prompt frame by frame on a stream; <see cref="Completion"/> tells whether it ran to the end
/// or was stopped (barge-in: a DTMF digit stops it). Frames come from the prompt's shared, once-converted samples.
/// </summary>
public sealed class PromptPlayer(AudioPrompt prompt) : IAudioSource
{
    private readonly TaskCompletionSource<bool> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _next;
    private volatile bool _stopped;

    /// <summary>Completes with true when the whole prompt was played, false when it was stopped.</summary>
    public Task<bool> Completion => _done.Task;

    public bool Read(Span<short> frame)
    {
        if (_stopped) return false;
        if (_next >= prompt.FrameCount)
        {
            _done.TrySetResult(true);
            return false;
        }
        var samples = prompt.GetFrame(_next++);
        samples.CopyTo(frame);
        if (samples.Length < frame.Length) frame[samples.Length..].Clear();
        return true;
    }

    public void Stop()
    {
        _stopped = true;
        _done.TrySetResult(false);
    }
}
