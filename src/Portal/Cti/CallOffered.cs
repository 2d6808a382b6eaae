namespace CallCenter.Portal.Cti;

/// <summary>The agent's phone rings with a queued call: the screen pop to show, and when it was sent (<see cref="SentAt"/>, after the lookups).</summary>
public sealed record CallOffered(DateTimeOffset At, string AgentId, string CallId, string Caller, string Called, string Queue, string? Extension,
    ScreenPop Pop, DateTimeOffset SentAt) : CtiCallEvent(At, AgentId, CallId, Caller, Called, Queue, Extension, null);
