namespace CallCenter.Designer.Properties;

/// <summary>One snapshot of <see cref="IDesignerLookups"/> and the flow's variables, loaded once per selected activity and handed to the editors.</summary>
public sealed record DesignerChoices(
    IReadOnlyList<PromptChoice> Prompts,
    IReadOnlyList<LookupChoice> Queues,
    IReadOnlyList<LookupChoice> Skills,
    IReadOnlyList<DesignerVariable> FlowVariables,
    IReadOnlyList<DesignerVariable> WellKnownVariables)
{
    /// <summary>Nothing known (before the lookups are loaded).</summary>
    public static readonly DesignerChoices None = new([], [], [], [], []);

    /// <summary>Loads the host's lookups and adds the flow's declared variables.</summary>
    public static async Task<DesignerChoices> LoadAsync(IDesignerLookups lookups, IEnumerable<DesignerVariable> flowVariables, CancellationToken ct = default) =>
        new(await lookups.GetPromptsAsync(ct), await lookups.GetQueuesAsync(ct), await lookups.GetSkillsAsync(ct),
            [.. flowVariables], await lookups.GetWellKnownVariablesAsync(ct));
}
