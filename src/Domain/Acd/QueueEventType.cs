namespace CallCenter.Domain.Acd;

/// <summary>
/// The append-only queue event log, in the spirit of Asterisk's queue_log: what happened to a call in a queue and
/// to an agent's session. Names are stored as text (upper case in the API, e.g. <c>ENTERQUEUE</c>).
/// </summary>
public enum QueueEventType
{
    /// <summary>A caller joined a queue (data: position, priority).</summary>
    EnterQueue,
    /// <summary>A call was offered to an agent (data: agent).</summary>
    Offer,
    /// <summary>An agent did not answer an offer within the ring timeout.</summary>
    RingNoAnswer,
    /// <summary>An agent answered (data: wait seconds).</summary>
    Connect,
    /// <summary>The agent hung up (data: wait, talk seconds).</summary>
    CompleteAgent,
    /// <summary>The caller hung up after being connected (data: wait, talk seconds).</summary>
    CompleteCaller,
    /// <summary>The caller hung up while waiting (data: position, original position, wait seconds).</summary>
    Abandon,
    /// <summary>The caller waited the queue's maximum and left it (overflow).</summary>
    ExitWithTimeout,
    /// <summary>The caller left because no agent was logged in (or all left).</summary>
    ExitEmpty,
    /// <summary>The queue was full (max waiting callers) when the caller tried to join.</summary>
    JoinFull,
    /// <summary>A connected call was transferred (data: target).</summary>
    Transfer,
    AgentLogin,
    AgentLogoff,
    /// <summary>An agent went NotReady (data: reason).</summary>
    Pause,
    /// <summary>An agent went Ready from NotReady.</summary>
    Unpause,
}
