namespace CallCenter.Domain.Acd;

/// <summary>An agent as the wallboard shows it.</summary>
/// <param name="Reason">NotReady reason, else null.</param>
/// <param name="Since">When the agent entered <see cref="Status"/>.</param>
/// <param name="ActiveCalls">Connected calls now.</param>
/// <param name="CallsToday">Calls answered today (the ACD's time zone), all queues.</param>
/// <param name="TalkTimeToday">Talk time of calls completed today.</param>
/// <param name="MissedInARow">Offers missed since the last answered one.</param>
public sealed record AgentSnapshot(
    string AgentId, string Extension, AgentStatus Status, string? Reason, DateTimeOffset Since,
    int ActiveCalls, int CallsToday, TimeSpan TalkTimeToday, int MissedInARow);
