using CallCenter.Telephony.Media.Prompts;

namespace CallCenter.Activities.Prompts;

/// <summary>An uploaded file decoded and converted to 8 kHz mono, or why it could not be.</summary>
internal sealed record DecodedAudio(AudioPrompt? Audio, PromptUploadError Error, string Message)
{
    public static DecodedAudio Fail(PromptUploadError error, string message) => new(null, error, message);
}
