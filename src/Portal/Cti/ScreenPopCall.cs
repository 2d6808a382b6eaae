namespace CallCenter.Portal.Cti;

/// <summary>
/// One earlier call from the caller's number on a screen pop: when, to which number, answered or not, the queue and
/// agent that took it (when known), and the path it took through its flow when it ran one (<c>/calls/{CallId}/replay</c>).
/// </summary>
public sealed record ScreenPopCall(string CallId, DateTimeOffset StartedAt, string Called, bool Answered, string? Queue, string? AgentId, string? ReplayUrl = null);
