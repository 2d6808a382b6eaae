namespace CallCenter.Domain.Acd;

/// <summary>What happened when a call asked to join a queue.</summary>
public enum EnqueueOutcome
{
    /// <summary>The call waits (or is already being offered).</summary>
    Queued,
    /// <summary>The queue had its maximum of waiting callers (JoinFull).</summary>
    Full,
    /// <summary>No agent of the queue was logged in and the queue does not take callers then.</summary>
    NoAgents,
    /// <summary>The queue does not exist.</summary>
    UnknownQueue,
    /// <summary>A call with this id is already in a queue or connected.</summary>
    Duplicate,
}
