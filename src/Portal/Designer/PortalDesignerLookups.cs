using CallCenter.Activities.Calls;
using CallCenter.Activities.Prompts;
using CallCenter.Designer.Properties;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Queues;

namespace CallCenter.Portal.Designer;

/// <summary>
/// What the designer's pickers offer, from the live configuration: the prompt library (played in the browser from
/// <c>/admin/audio/prompts/{name}</c>), the queues, the skills the agents have, and the variables every call flow starts with.
/// </summary>
public sealed class PortalDesignerLookups(PromptLibrary prompts, QueueDirectory queues, AgentDirectory agents) : IDesignerLookups
{
    private static readonly IReadOnlyList<DesignerVariable> CallFlowVariables =
    [
        new(CallVariables.CallId, "The call's id · 通话编号"),
        new(CallVariables.Caller, "The caller's number · 主叫号码"),
        new(CallVariables.Called, "The number dialled · 被叫号码"),
        new(CallVariables.StartedAt, "When the call came in · 来电时间"),
    ];

    public async ValueTask<IReadOnlyList<PromptChoice>> GetPromptsAsync(CancellationToken ct = default) =>
        [.. (await prompts.ListAsync(ct)).Select(p => new PromptChoice(p.Name, $"/admin/audio/prompts/{Uri.EscapeDataString(p.Name)}", p.Description))];

    public async ValueTask<IReadOnlyList<LookupChoice>> GetQueuesAsync(CancellationToken ct = default) =>
        [.. (await queues.GetAllAsync(ct)).Select(q => new LookupChoice(q.Name, string.IsNullOrWhiteSpace(q.DisplayName) ? null : q.DisplayName))];

    public async ValueTask<IReadOnlyList<LookupChoice>> GetSkillsAsync(CancellationToken ct = default) =>
        [.. (await agents.GetAllAsync(ct)).SelectMany(a => a.Skills).Select(s => s.Skill).Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase).Select(s => new LookupChoice(s))];

    public ValueTask<IReadOnlyList<DesignerVariable>> GetWellKnownVariablesAsync(CancellationToken ct = default) => ValueTask.FromResult(CallFlowVariables);
}
