namespace CallCenter.Activities.Acd;

/// <summary>What happened between a queued call and an agent.</summary>
public enum AgentCallEventKind
{
    /// <summary>The agent's phone rings with the call (pop the caller's screen now).</summary>
    Offered,
    /// <summary>The agent did not take it (no answer, declined, or the offer was withdrawn).</summary>
    NotAnswered,
    /// <summary>The agent answered and is talking to the caller.</summary>
    Connected,
    /// <summary>The call between caller and agent ended.</summary>
    Ended,
}
