using CallCenter.Domain.Acd;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// The seconds one agent spent in each logged-in state within one UTC hour (table <c>report_agent_state_hours</c>),
/// from the closed intervals of <c>agent_status_changes</c>: an interval is cut at the hour boundaries it crosses. The
/// interval still open (the agent's present state) is not folded; reports add it from the agent's
/// <see cref="AgentStateCursor"/>.
/// </summary>
public sealed class AgentStateHour : IHourlyRow<AgentStateHour>
{
    public long Id { get; set; }

    public DateTime HourUtc { get; set; }

    public string Agent { get; set; } = "";

    public double ReadySeconds { get; set; }

    public double NotReadySeconds { get; set; }

    public double RingingSeconds { get; set; }

    public double OnCallSeconds { get; set; }

    public double WrapUpSeconds { get; set; }

    /// <summary>Adds <paramref name="seconds"/> in <paramref name="state"/> (logged out is not kept).</summary>
    public void Add(AgentStatus state, double seconds)
    {
        switch (state)
        {
            case AgentStatus.Ready: ReadySeconds += seconds; break;
            case AgentStatus.NotReady: NotReadySeconds += seconds; break;
            case AgentStatus.Ringing: RingingSeconds += seconds; break;
            case AgentStatus.OnCall: OnCallSeconds += seconds; break;
            case AgentStatus.WrapUp: WrapUpSeconds += seconds; break;
        }
    }

    public void Add(AgentStateHour other)
    {
        ReadySeconds += other.ReadySeconds;
        NotReadySeconds += other.NotReadySeconds;
        RingingSeconds += other.RingingSeconds;
        OnCallSeconds += other.OnCallSeconds;
        WrapUpSeconds += other.WrapUpSeconds;
    }
}
