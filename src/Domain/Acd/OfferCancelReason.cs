namespace CallCenter.Domain.Acd;

/// <summary>Why an agent's phone must stop ringing without the agent having refused it.</summary>
public enum OfferCancelReason
{
    /// <summary>Ring-all: another agent answered first.</summary>
    AnsweredElsewhere,
    /// <summary>The caller hung up.</summary>
    CallerAbandoned,
    /// <summary>The call left the queue (overflow, or no agents any more).</summary>
    CallLeftQueue,
    /// <summary>The agent logged out or went NotReady while ringing.</summary>
    AgentUnavailable,
    /// <summary>The queue's ring timeout passed: counted as a missed offer, and the phone must stop ringing now.</summary>
    RingTimeout,
}
