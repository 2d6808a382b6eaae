namespace CallCenter.Domain.Acd;

/// <summary>An agent's status changed (attendance and login reports read these).</summary>
/// <param name="Reason">For NotReady the reason ("break", "no answer", …); otherwise null.</param>
public sealed record AgentStatusChanged(long Sequence, DateTimeOffset At, string AgentId, AgentStatus From, AgentStatus To, string? Reason)
    : AcdEvent(Sequence, At);
