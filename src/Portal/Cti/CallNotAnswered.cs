namespace CallCenter.Portal.Cti;

/// <summary>The agent did not take the offered call (no answer, declined, or the offer was withdrawn): clear the pop.</summary>
public sealed record CallNotAnswered(DateTimeOffset At, string AgentId, string CallId, string Caller, string Called, string Queue, string? Extension)
    : CtiCallEvent(At, AgentId, CallId, Caller, Called, Queue, Extension, null);
