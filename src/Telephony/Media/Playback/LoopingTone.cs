using CallCenter.Telephony.Media.Tones;

namespace CallCenter.Telephony.Media.Playback;

/// <summary>A tone played for as long as the call lasts (the <c>*45</c> hold test; music on hold until prompts exist).</summary>
public sealed class LoopingTone(ToneDefinition tone) : IAudioSource
{
    private readonly ToneGenerator _generator = new(tone);

    public bool Read(Span<short> frame)
    {
        _generator.Fill(frame);
        return true;
    }
}
