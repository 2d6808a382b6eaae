namespace CallCenter.Portal.Cti;

/// <summary>
/// Something an agent's desk, the wallboard or an integrator reacts to live: a call offered to, answered by, missed by or
/// ended with an agent (<see cref="CtiCallEvent"/>s), or an agent's state change. Published in process by
/// <see cref="CtiEvents"/> and sent to SignalR clients of <see cref="CtiHub"/>.
/// </summary>
public abstract record CtiEvent(DateTimeOffset At, string AgentId);
