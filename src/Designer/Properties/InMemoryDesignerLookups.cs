namespace CallCenter.Designer.Properties;

/// <summary>Fixed lists behind <see cref="IDesignerLookups"/>: for tests, and the empty fallback when a host registers none.</summary>
public sealed class InMemoryDesignerLookups : IDesignerLookups
{
    /// <summary>Offers nothing: the pickers fall back to free text.</summary>
    public static readonly InMemoryDesignerLookups Empty = new();

    public List<PromptChoice> Prompts { get; init; } = [];
    public List<LookupChoice> Queues { get; init; } = [];
    public List<LookupChoice> Skills { get; init; } = [];
    public List<DesignerVariable> Variables { get; init; } = [];

    public ValueTask<IReadOnlyList<PromptChoice>> GetPromptsAsync(CancellationToken ct = default) => new([.. Prompts]);
    public ValueTask<IReadOnlyList<LookupChoice>> GetQueuesAsync(CancellationToken ct = default) => new([.. Queues]);
    public ValueTask<IReadOnlyList<LookupChoice>> GetSkillsAsync(CancellationToken ct = default) => new([.. Skills]);
    public ValueTask<IReadOnlyList<DesignerVariable>> GetWellKnownVariablesAsync(CancellationToken ct = default) => new([.. Variables]);

    /// <summary>Whether uploads and spoken prompts are accepted (kept in <see cref="Prompts"/>); <see cref="Empty"/> refuses them.</summary>
    public bool Writable { get; init; }

    /// <summary>The address TTS previews are given under (<c>{base}?voice=…&amp;text=…</c>); none when null.</summary>
    public string? SpeechPreviewBase { get; init; }

    /// <summary>Uploads and spoken prompts received (name, file name or "tts:voice:text", bytes), in order.</summary>
    public List<(string Name, string Source, int Bytes)> Saved { get; } = [];

    public async ValueTask<PromptSaveResult> UploadPromptAsync(string name, string fileName, Stream content, CancellationToken ct = default)
    {
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, ct);
        if (!Writable) return PromptSaveResult.Refused("there is no prompt library to upload to");
        if (copy.Length == 0) return PromptSaveResult.Refused("the file is empty");
        return Save(name, fileName, (int)copy.Length);
    }

    public ValueTask<PromptSaveResult> SaveSpeechAsPromptAsync(string name, string text, string voice, CancellationToken ct = default) =>
        ValueTask.FromResult(Writable ? Save(name, $"tts:{voice}:{text}", text.Length) : PromptSaveResult.Refused("there is no speech synthesis to use"));

    public string? SpeechPreviewUrl(string text, string voice) =>
        SpeechPreviewBase is null ? null : $"{SpeechPreviewBase}?voice={Uri.EscapeDataString(voice)}&text={Uri.EscapeDataString(text)}";

    private PromptSaveResult Save(string name, string source, int bytes)
    {
        Saved.Add((name, source, bytes));
        var prompt = new PromptChoice(name, $"/prompts/{Uri.EscapeDataString(name)}");
        Prompts.RemoveAll(p => p.Name == name);
        Prompts.Add(prompt);
        return PromptSaveResult.Stored(prompt);
    }
}
