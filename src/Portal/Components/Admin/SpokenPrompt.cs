using CallCenter.Activities.Prompts;

namespace CallCenter.Portal.Components.Admin;

/// <summary>Text spoken by the TTS and stored in the prompt library as a WAV prompt (the prompts page and the designer's prompt picker).</summary>
public static class SpokenPrompt
{
    /// <exception cref="SpeechSynthesisException">The speech could not be made.</exception>
    public static async Task<PromptUploadResult> StoreAsync(TtsCache tts, PromptLibrary library, string name, string text, string voice, CancellationToken ct = default)
    {
        var audio = await tts.SpeakAsync(text, voice, ct);
        using var wav = new MemoryStream(PromptWav.From(audio));
        return await library.UploadAsync(new PromptUpload(name.Trim(), voice == "en" ? "en" : "zh-CN", text.Trim(), "tts.wav"), wav, ct);
    }
}
