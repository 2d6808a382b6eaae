using CallCenter.Domain.Agents;
using CallCenter.Domain.Texts;

namespace CallCenter.Domain.Queues;

/// <summary>The outcome of creating or updating a queue: the saved queue, or errors a user can act on (keyed by camelCase field name).</summary>
public sealed record QueueSaveResult(SaveStatus Status, CallQueue? Queue, IReadOnlyDictionary<string, UserMessage[]> Errors)
{
    public bool Succeeded => Status is SaveStatus.Created or SaveStatus.Updated;
}
