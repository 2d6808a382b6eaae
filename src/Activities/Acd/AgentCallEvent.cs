namespace CallCenter.Activities.Acd;

/// <summary>
/// A queued call as an agent's desk sees it — the screen pop and the CTI events integrators subscribe to: which call
/// (its id, caller and called number), which queue, which agent on which extension, and the agent's leg once answered.
/// </summary>
public sealed record AgentCallEvent(
    AgentCallEventKind Kind,
    DateTimeOffset At,
    string CallId,
    string Caller,
    string Called,
    string Queue,
    string AgentId,
    string? Extension,
    string? AgentLegId = null);
