namespace CallCenter.Designer.Properties;

/// <summary>Fixed lists behind <see cref="IDesignerLookups"/>: for tests, and the empty fallback when a host registers none.</summary>
public sealed class InMemoryDesignerLookups : IDesignerLookups
{
    /// <summary>Offers nothing: the pickers fall back to free text.</summary>
    public static readonly InMemoryDesignerLookups Empty = new();

    public List<PromptChoice> Prompts { get; init; } = [];
    public List<LookupChoice> Queues { get; init; } = [];
    public List<LookupChoice> Skills { get; init; } = [];
    public List<DesignerVariable> Variables { get; init; } = [];

    public ValueTask<IReadOnlyList<PromptChoice>> GetPromptsAsync(CancellationToken ct = default) => new([.. Prompts]);
    public ValueTask<IReadOnlyList<LookupChoice>> GetQueuesAsync(CancellationToken ct = default) => new([.. Queues]);
    public ValueTask<IReadOnlyList<LookupChoice>> GetSkillsAsync(CancellationToken ct = default) => new([.. Skills]);
    public ValueTask<IReadOnlyList<DesignerVariable>> GetWellKnownVariablesAsync(CancellationToken ct = default) => new([.. Variables]);
}
