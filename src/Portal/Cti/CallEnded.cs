namespace CallCenter.Portal.Cti;

/// <summary>The conversation between caller and agent ended (either hung up, or the call was transferred away).</summary>
public sealed record CallEnded(DateTimeOffset At, string AgentId, string CallId, string Caller, string Called, string Queue, string? Extension, string? AgentLegId)
    : CtiCallEvent(At, AgentId, CallId, Caller, Called, Queue, Extension, AgentLegId);
