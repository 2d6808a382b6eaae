using CallCenter.Telephony.Media.Prompts;

namespace CallCenter.Telephony.Media.Playback;

/// <summary>
/// Prompts played one after another as one source, without a gap between them. <see cref="Completion"/>
/// is true when the last has played, false when <see cref="Stop"/> ended it first (barge-in, hang-up).
/// </summary>
public sealed class Playlist(IReadOnlyList<AudioPrompt> prompts) : IAudioSource
{
    private readonly TaskCompletionSource<bool> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _index;
    private PromptPlayer? _current;
    private volatile bool _stopped;

    public Task<bool> Completion => _done.Task;

    public bool Read(Span<short> frame)
    {
        if (_stopped) return false;
        while (_index < prompts.Count)
        {
            _current ??= new PromptPlayer(prompts[_index]);
            if (_current.Read(frame)) return true;
            _current = null;
            _index++;
        }
        _done.TrySetResult(true);
        return false;
    }

    /// <summary>Stops playing: nothing more is read, and <see cref="Completion"/> is false unless it had already finished.</summary>
    public void Stop()
    {
        _stopped = true;
        _done.TrySetResult(false);
    }
}
