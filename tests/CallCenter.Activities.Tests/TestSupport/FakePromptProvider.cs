using CallCenter.Activities.Prompts;
using CallCenter.Telephony.Media.Prompts;

namespace CallCenter.Activities.Tests.TestSupport;

/// <summary>
/// A prompt library holding the names given (audio named <c>lib:NAME</c>) and a TTS whose audio is named
/// <c>tts:VOICE:TEXT</c>; every prompt is <see cref="Length"/> of silence (one 20 ms frame unless set).
/// </summary>
public sealed class FakePromptProvider(params string[] library) : IPromptProvider
{
    private short[] _silence = new short[AudioPrompt.SamplesPerFrame];

    /// <summary>How long each prompt plays.</summary>
    public TimeSpan Length
    {
        get => TimeSpan.FromSeconds((double)_silence.Length / AudioPrompt.SampleRate);
        init => _silence = new short[(int)(value.TotalSeconds * AudioPrompt.SampleRate)];
    }

    public ValueTask<AudioPrompt?> GetAsync(string name, CancellationToken ct = default) =>
        new(library.Contains(name) ? new AudioPrompt(_silence, $"lib:{name}") : null);

    public ValueTask<AudioPrompt> SpeakAsync(string text, string voice, CancellationToken ct = default) =>
        new(new AudioPrompt(_silence, $"tts:{voice}:{text}"));
}
