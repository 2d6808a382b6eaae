using CallCenter.Telephony.Media.Prompts;

namespace CallCenter.Activities.Prompts;

/// <summary>The <see cref="IPromptProvider"/> of the product: the prompt library by name and espeak-ng TTS, both cached.</summary>
public sealed class PromptProvider(PromptLibrary library, TtsCache tts) : IPromptProvider
{
    public ValueTask<AudioPrompt?> GetAsync(string name, CancellationToken ct = default) => library.GetAudioAsync(name, ct);

    public ValueTask<AudioPrompt> SpeakAsync(string text, string voice, CancellationToken ct = default) => tts.SpeakAsync(text, voice, ct);
}
