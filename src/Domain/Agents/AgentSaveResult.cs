namespace CallCenter.Domain.Agents;

/// <summary>The outcome of creating or updating an agent: the saved agent, or errors a user can act on (keyed by camelCase field name).</summary>
public sealed record AgentSaveResult(SaveStatus Status, Agent? Agent, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Status is SaveStatus.Created or SaveStatus.Updated;

    internal static AgentSaveResult Fail(SaveStatus status, string field, string message) =>
        new(status, null, new Dictionary<string, string[]> { [field] = [message] });
}
