namespace CallCenter.Domain.Acd;

/// <summary>
/// Where an agent is in the ACD's state machine. Every change is timestamped (attendance and login reports read
/// them); <see cref="NotReady"/> carries a reason (break, meeting, "no answer" after missed offers).
/// </summary>
public enum AgentStatus
{
    LoggedOut,
    /// <summary>Logged in and waiting for a call.</summary>
    Ready,
    /// <summary>Logged in but not taking calls (a reason says why).</summary>
    NotReady,
    /// <summary>A call is being offered: the agent's phone rings.</summary>
    Ringing,
    OnCall,
    /// <summary>After a call, for the queue's or the agent's wrap-up time, then Ready again.</summary>
    WrapUp,
}
