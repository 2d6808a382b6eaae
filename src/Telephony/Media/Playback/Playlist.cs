using CallCenter.Telephony.Media.Prompts;

namespace CallCenter.Telephony.Media.Playback;

/// <summary>Prompts played one after another as one source; <see cref="Completion"/> when the last has played.</summary>
public sealed class Playlist(IReadOnlyList<AudioPrompt> prompts) : IAudioSource
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _index;
    private PromptPlayer? _current;

    public Task Completion => _done.Task;

    public bool Read(Span<short> frame)
    {
        while (_index < prompts.Count)
        {
            _current ??= new PromptPlayer(prompts[_index]);
            if (_current.Read(frame)) return true;
            _current = null;
            _index++;
        }
        _done.TrySetResult();
        return false;
    }
}
