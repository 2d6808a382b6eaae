namespace CallCenter.Telephony.Media.Prompts;

/// <summary>Outcome of <see cref="PromptLoader"/>: a prompt, or an error an operator can act on.</summary>
public sealed class PromptLoadResult
{
    private PromptLoadResult(AudioPrompt? prompt, PromptLoadError error, string message)
    {
        Prompt = prompt;
        Error = error;
        Message = message;
    }

    /// <summary>The converted prompt when <see cref="Success"/>.</summary>
    public AudioPrompt? Prompt { get; }

    /// <summary>What went wrong, or <see cref="PromptLoadError.None"/>.</summary>
    public PromptLoadError Error { get; }

    /// <summary>A sentence for logs and the admin UI.</summary>
    public string Message { get; }

    /// <summary>Whether a prompt was loaded.</summary>
    public bool Success => Prompt is not null;

    internal static PromptLoadResult Ok(AudioPrompt prompt) => new(prompt, PromptLoadError.None, "Loaded.");

    internal static PromptLoadResult Fail(PromptLoadError error, string message) => new(null, error, message);
}
