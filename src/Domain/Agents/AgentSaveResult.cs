using CallCenter.Domain.Texts;

namespace CallCenter.Domain.Agents;

/// <summary>The outcome of creating or updating an agent: the saved agent, or errors a user can act on (keyed by camelCase field name).</summary>
public sealed record AgentSaveResult(SaveStatus Status, Agent? Agent, IReadOnlyDictionary<string, UserMessage[]> Errors)
{
    public bool Succeeded => Status is SaveStatus.Created or SaveStatus.Updated;

    internal static AgentSaveResult Fail(SaveStatus status, string field, UserMessage message) => new(status, null, FieldMessages.Of(field, message));

    internal static AgentSaveResult Fail(SaveStatus status, string field, UserMessageBuilder message) => Fail(status, field, message.Build());
}
