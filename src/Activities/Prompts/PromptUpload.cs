namespace CallCenter.Activities.Prompts;

/// <summary>What an operator uploads: the prompt's name and details; the audio comes as a stream beside it.</summary>
/// <param name="Name">The name flows use; unique.</param>
/// <param name="Language">Language tag of the recording, e.g. <c>zh-CN</c> or <c>en</c>.</param>
/// <param name="Description">What the prompt says, for the admin UI.</param>
/// <param name="FileName">The uploaded file's name (only for messages and the admin UI; the content decides the format).</param>
/// <param name="Replace">Replace the audio of an existing prompt of that name (the old one stays until the new one is valid).</param>
public sealed record PromptUpload(string Name, string Language = "zh-CN", string? Description = null, string? FileName = null, bool Replace = false);
