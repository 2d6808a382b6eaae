namespace CallCenter.Portal.Cti;

/// <summary>An agent's ACD status changed (<c>LoggedOut</c>, <c>Ready</c>, <c>NotReady</c>, <c>Ringing</c>, <c>OnCall</c>, <c>WrapUp</c>), with the not-ready reason.</summary>
public sealed record AgentStateChanged(DateTimeOffset At, string AgentId, string From, string To, string? Reason) : CtiEvent(At, AgentId);
