namespace CallCenter.Domain.Acd;

/// <summary>An offer still ringing: its call, the agents still ringing and the ring-timeout timer.</summary>
internal sealed class OfferState(long id, WaitingCall call, List<AgentState> agents, DateTimeOffset at)
{
    public long Id { get; } = id;
    public WaitingCall Call { get; } = call;
    public List<AgentState> Agents { get; } = agents;
    public DateTimeOffset At { get; } = at;
    public ITimer? RingTimer { get; set; }
}
