using CallCenter.Activities.Prompts;
using CallCenter.Telephony.Media.Prompts;

namespace CallCenter.Activities.Tests.TestSupport;

/// <summary>A prompt library holding the names given (audio named <c>lib:NAME</c>) and a TTS whose audio is named <c>tts:VOICE:TEXT</c>.</summary>
public sealed class FakePromptProvider(params string[] library) : IPromptProvider
{
    private static readonly short[] Silence = new short[AudioPrompt.SamplesPerFrame];

    public ValueTask<AudioPrompt?> GetAsync(string name, CancellationToken ct = default) =>
        new(library.Contains(name) ? new AudioPrompt(Silence, $"lib:{name}") : null);

    public ValueTask<AudioPrompt> SpeakAsync(string text, string voice, CancellationToken ct = default) =>
        new(new AudioPrompt(Silence, $"tts:{voice}:{text}"));
}
