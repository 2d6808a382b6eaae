namespace CallCenter.Portal.Cti;

/// <summary>A CTI event about one queued call and one agent: which call (SIP Call-ID, caller, called), queue, the agent's extension and, once answered, the agent's leg.</summary>
public abstract record CtiCallEvent(DateTimeOffset At, string AgentId, string CallId, string Caller, string Called, string Queue, string? Extension, string? AgentLegId)
    : CtiEvent(At, AgentId);
