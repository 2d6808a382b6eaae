namespace CallCenter.Portal.Cti;

/// <summary>The agent answered the offered call and talks to the caller.</summary>
public sealed record CallConnected(DateTimeOffset At, string AgentId, string CallId, string Caller, string Called, string Queue, string? Extension, string? AgentLegId)
    : CtiCallEvent(At, AgentId, CallId, Caller, Called, Queue, Extension, AgentLegId);
