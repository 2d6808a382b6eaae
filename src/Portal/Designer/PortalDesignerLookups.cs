using CallCenter.Activities.Calls;
using CallCenter.Activities.Prompts;
using CallCenter.Designer.Properties;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Queues;
using CallCenter.Portal.Components.Admin;
using CallCenter.Portal.Localization;
using Microsoft.Extensions.Localization;

namespace CallCenter.Portal.Designer;

/// <summary>
/// What the designer's pickers offer, from the live configuration: the prompt library (played in the browser from
/// <c>/admin/audio/prompts/{name}</c>), the queues, the skills the agents have, and the variables every call flow starts with.
/// </summary>
public sealed class PortalDesignerLookups(PromptLibrary prompts, QueueDirectory queues, AgentDirectory agents, TtsCache tts,
    IStringLocalizer<Admin2Text> text) : IDesignerLookups
{
    private static readonly IReadOnlyList<DesignerVariable> CallFlowVariables =
    [
        new(CallVariables.CallId, "The call's id · 通话编号"),
        new(CallVariables.Caller, "The caller's number · 主叫号码"),
        new(CallVariables.Called, "The number dialled · 被叫号码"),
        new(CallVariables.StartedAt, "When the call came in · 来电时间"),
    ];

    public async ValueTask<IReadOnlyList<PromptChoice>> GetPromptsAsync(CancellationToken ct = default) =>
        [.. (await prompts.ListAsync(ct)).Select(Choice)];

    public async ValueTask<PromptSaveResult> UploadPromptAsync(string name, string fileName, Stream content, CancellationToken ct = default) =>
        Saved(await prompts.UploadAsync(new PromptUpload(name, FileName: fileName), content, ct));

    public async ValueTask<PromptSaveResult> SaveSpeechAsPromptAsync(string name, string speech, string voice, CancellationToken ct = default)
    {
        try
        {
            return Saved(await SpokenPrompt.StoreAsync(tts, prompts, name, speech, voice, ct));
        }
        catch (SpeechSynthesisException ex)
        {
            return PromptSaveResult.Refused(ex.Message);
        }
    }

    public string? SpeechPreviewUrl(string speech, string voice) =>
        speech.Length is 0 or > AdminPages2.MaxPreviewChars ? null : AdminPages2.SpeechUrl(speech, voice);

    private static PromptChoice Choice(Domain.Prompts.Prompt p) => new(p.Name, $"/admin/audio/prompts/{Uri.EscapeDataString(p.Name)}", p.Description);

    private PromptSaveResult Saved(PromptUploadResult result) =>
        result.Prompt is { } prompt ? PromptSaveResult.Stored(Choice(prompt)) : PromptSaveResult.Refused($"{text[$"Prompts.Error.{result.Error}"]} {result.Message}");

    public async ValueTask<IReadOnlyList<LookupChoice>> GetQueuesAsync(CancellationToken ct = default) =>
        [.. (await queues.GetAllAsync(ct)).Select(q => new LookupChoice(q.Name, string.IsNullOrWhiteSpace(q.DisplayName) ? null : q.DisplayName))];

    public async ValueTask<IReadOnlyList<LookupChoice>> GetSkillsAsync(CancellationToken ct = default) =>
        [.. (await agents.GetAllAsync(ct)).SelectMany(a => a.Skills).Select(s => s.Skill).Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase).Select(s => new LookupChoice(s))];

    public ValueTask<IReadOnlyList<DesignerVariable>> GetWellKnownVariablesAsync(CancellationToken ct = default) => ValueTask.FromResult(CallFlowVariables);
}
