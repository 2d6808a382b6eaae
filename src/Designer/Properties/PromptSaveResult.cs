namespace CallCenter.Designer.Properties;

/// <summary>What storing a prompt from the designer gave: the prompt as the picker lists it, or why it was refused.</summary>
public sealed record PromptSaveResult(PromptChoice? Prompt, string? Error)
{
    public static PromptSaveResult Stored(PromptChoice prompt) => new(prompt, null);

    public static PromptSaveResult Refused(string error) => new(null, error);
}
