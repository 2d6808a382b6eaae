using CallCenter.Activities.Prompts;
using CallCenter.Engine.Abstractions;
using CallCenter.Telephony.Media.Prompts;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Calls;

/// <summary>Turns a call activity's prompt inputs (a library prompt name and/or a TTS text, already evaluated) into audio.</summary>
internal static class CallPrompts
{
    /// <summary>The library prompt, then the spoken text; empty when both are empty. A missing library prompt faults the activity.</summary>
    public static async ValueTask<IReadOnlyList<AudioPrompt>> ResolveAsync(ActivityContext context, string? name, string? text, string? voice)
    {
        if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(text)) return [];
        var provider = context.Services.GetRequiredService<IPromptProvider>();
        var prompts = new List<AudioPrompt>(2);
        if (!string.IsNullOrWhiteSpace(name))
            prompts.Add(await provider.GetAsync(name, context.CancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"the prompt '{name}' is not in the prompt library"));
        if (!string.IsNullOrWhiteSpace(text))
            prompts.Add(await provider.SpeakAsync(text, string.IsNullOrWhiteSpace(voice) ? "cmn" : voice, context.CancellationToken).ConfigureAwait(false));
        return prompts;
    }
}
