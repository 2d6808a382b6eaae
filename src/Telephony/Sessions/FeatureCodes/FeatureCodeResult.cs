using CallCenter.Telephony.Media.Prompts;

namespace CallCenter.Telephony.Sessions.FeatureCodes;

/// <summary>The result of a feature code: the outcome, a message for the log and call record, and what the caller hears (none = a tone).</summary>
public sealed record FeatureCodeResult(FeatureCodeOutcome Outcome, string Message, AudioPrompt? Prompt = null)
{
    /// <summary>Carried out.</summary>
    public static FeatureCodeResult Done(string message, AudioPrompt? prompt = null) => new(FeatureCodeOutcome.Done, message, prompt);

    /// <summary>Refused, with the reason.</summary>
    public static FeatureCodeResult Refused(string message, AudioPrompt? prompt = null) => new(FeatureCodeOutcome.Refused, message, prompt);

    /// <summary>Not a code the application knows.</summary>
    public static FeatureCodeResult Unknown(string code) => new(FeatureCodeOutcome.Unknown, $"no feature code {code}");
}
