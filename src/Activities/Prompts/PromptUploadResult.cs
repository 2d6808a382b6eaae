using CallCenter.Domain.Prompts;

namespace CallCenter.Activities.Prompts;

/// <summary>Outcome of <see cref="PromptLibrary.UploadAsync"/>: the stored prompt, or why nothing was stored.</summary>
public sealed record PromptUploadResult(Prompt? Prompt, PromptUploadError Error, string Message)
{
    public bool Success => Prompt is not null;

    internal static PromptUploadResult Fail(PromptUploadError error, string message) => new(null, error, message);
}
