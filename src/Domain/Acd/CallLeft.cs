namespace CallCenter.Domain.Acd;

/// <summary>A call left its queue: connected to <see cref="AgentId"/>, or overflow, no agents, abandoned.</summary>
public sealed record CallLeft(long Sequence, DateTimeOffset At, string CallId, string Queue, CallOutcome Outcome, string? AgentId, TimeSpan Waited)
    : AcdEvent(Sequence, At);
