using CallCenter.Telephony.Media.Prompts;

namespace CallCenter.Activities.Prompts;

/// <summary>
/// Where call activities get audio: prompts of the library by name, and text spoken by TTS (cached by
/// text and voice, so a sentence is synthesised once). Audio comes back converted to 8 kHz mono once.
/// </summary>
public interface IPromptProvider
{
    /// <summary>The library prompt called <paramref name="name"/>, or null when there is none (a publish-time error for flows).</summary>
    ValueTask<AudioPrompt?> GetAsync(string name, CancellationToken ct = default);

    /// <summary><paramref name="text"/> spoken with <paramref name="voice"/> (espeak-ng voice, e.g. <c>cmn</c> or <c>en</c>).</summary>
    ValueTask<AudioPrompt> SpeakAsync(string text, string voice, CancellationToken ct = default);
}
