namespace CallCenter.Designer.Properties;

/// <summary>
/// What the property panel's pickers offer, provided by the host (the Portal reads its prompt library, queues and
/// skills): prompts with a URL to play them in the browser, queue and skill names, and the variables every flow of
/// this host starts with (a call flow's caller, called, call_id…). Texts come in the current UI culture.
/// </summary>
public interface IDesignerLookups
{
    /// <summary>The prompts of the library, by name.</summary>
    ValueTask<IReadOnlyList<PromptChoice>> GetPromptsAsync(CancellationToken ct = default);

    /// <summary>The queues an Enqueue may name.</summary>
    ValueTask<IReadOnlyList<LookupChoice>> GetQueuesAsync(CancellationToken ct = default);

    /// <summary>The agent skills a flow may ask for.</summary>
    ValueTask<IReadOnlyList<LookupChoice>> GetSkillsAsync(CancellationToken ct = default);

    /// <summary>The variables set by the host when a flow starts (not declared in the flow), e.g. <c>caller</c>.</summary>
    ValueTask<IReadOnlyList<DesignerVariable>> GetWellKnownVariablesAsync(CancellationToken ct = default);

    /// <summary>
    /// Stores an uploaded sound file (WAV or MP3, as the prompt library accepts) in the prompt library under
    /// <paramref name="name"/>; the host without a library refuses.
    /// </summary>
    ValueTask<PromptSaveResult> UploadPromptAsync(string name, string fileName, Stream content, CancellationToken ct = default) =>
        ValueTask.FromResult(PromptSaveResult.Refused("there is no prompt library to upload to"));

    /// <summary>Speaks <paramref name="text"/> with <paramref name="voice"/> and stores it in the prompt library under <paramref name="name"/>.</summary>
    ValueTask<PromptSaveResult> SaveSpeechAsPromptAsync(string name, string text, string voice, CancellationToken ct = default) =>
        ValueTask.FromResult(PromptSaveResult.Refused("there is no speech synthesis to use"));

    /// <summary>Where the browser hears <paramref name="text"/> spoken with <paramref name="voice"/> (TTS preview); null when there is no speech synthesis.</summary>
    string? SpeechPreviewUrl(string text, string voice) => null;
}
