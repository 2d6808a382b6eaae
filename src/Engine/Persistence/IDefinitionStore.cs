using CallCenter.Engine.Models;

namespace CallCenter.Engine.Persistence;

/// <summary>Stored definition versions and the trigger index of the published ones.</summary>
public interface IDefinitionStore
{
    /// <summary>The highest stored version number of a definition, 0 when there is none.</summary>
    Task<int> GetLatestVersionAsync(string definitionId, CancellationToken ct = default);
    Task<WorkflowDefinition?> FindAsync(string definitionId, int version, CancellationToken ct = default);
    Task<WorkflowDefinition?> FindPublishedAsync(string definitionId, CancellationToken ct = default);
    /// <summary>Stores a version (insert, or replace an unpublished version of the same number).</summary>
    Task SaveDraftAsync(WorkflowDefinition definition, CancellationToken ct = default);
    /// <summary>Stores a published version, unpublishes the previous one and replaces the definition's triggers, atomically.</summary>
    Task PublishAsync(WorkflowDefinition definition, IReadOnlyList<TriggerRecord> triggers, CancellationToken ct = default);
    Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken ct = default);
    /// <summary>Every stored version of one definition, newest first (empty when there is none).</summary>
    Task<IReadOnlyList<DefinitionVersion>> ListVersionsAsync(string definitionId, CancellationToken ct = default);
    /// <summary>Removes a definition entirely: all its versions and its triggers. False when there was none.</summary>
    Task<bool> DeleteAsync(string definitionId, CancellationToken ct = default);
    /// <summary>Published start conditions of one type and key: a keyed lookup.</summary>
    Task<IReadOnlyList<TriggerRecord>> FindTriggersAsync(string type, string key, CancellationToken ct = default);
    Task<IReadOnlyList<TriggerRecord>> ListTriggersAsync(string type, CancellationToken ct = default);
}
