namespace CallCenter.Domain.Acd;

/// <summary>
/// How one queue distributes its calls. Every duration is a <see cref="TimeSpan"/> (configuration text
/// <c>00:00:15</c>); zero switches the feature off where the member says so.
/// </summary>
public sealed record QueueSettings
{
    /// <summary>Creates the settings of the queue called <paramref name="name"/> with every other setting at its default.</summary>
    public QueueSettings(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>Unique queue name (case-insensitive), e.g. <c>hotline</c>.</summary>
    public string Name { get; }

    /// <summary>How the next agent is picked (default <see cref="QueueStrategy.LongestIdle"/>).</summary>
    public QueueStrategy Strategy { get; init; } = QueueStrategy.LongestIdle;

    /// <summary>Agent groups whose members serve this queue; empty (the default) = every agent.</summary>
    public IReadOnlyList<string> AgentGroups { get; init; } = [];

    /// <summary>Most callers waiting at once (ringing ones included); a caller beyond it gets <see cref="EnqueueOutcome.Full"/>. Default 0 = no limit.</summary>
    public int MaxWaitingCallers { get; init; }

    /// <summary>Longest time a caller waits before leaving with <see cref="CallOutcome.Overflow"/> (ExitWithTimeout). Default zero = no limit.</summary>
    public TimeSpan MaxWait { get; init; }

    /// <summary>Whether a caller may join while no agent of the queue is logged in (default true); otherwise <see cref="EnqueueOutcome.NoAgents"/>.</summary>
    public bool JoinWhenEmpty { get; init; } = true;

    /// <summary>Whether waiting callers leave with <see cref="CallOutcome.NoAgents"/> (ExitEmpty) when the last agent logs out, and a caller joining while nobody is logged in gets <see cref="EnqueueOutcome.NoAgents"/> (default false).</summary>
    public bool LeaveWhenEmpty { get; init; }

    /// <summary>How long one agent's phone rings before the offer counts as not answered and the next agent is tried (default 15 s).</summary>
    public TimeSpan RingTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Offers an agent may miss in a row before going NotReady("no answer") (久叫不应). Default 3; 0 = never.</summary>
    public int MaxMissedOffers { get; init; } = 3;

    /// <summary>Wrap-up time after a call of this queue before the agent is Ready again, unless the agent overrides it (default 10 s; zero = Ready at once).</summary>
    public TimeSpan WrapUp { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether an agent already on a call is offered another one while below their <see cref="AgentProfile.MaxConcurrentCalls"/> (default false).</summary>
    public bool RingBusyAgents { get; init; }

    /// <summary>
    /// Last-agent preference (智能号码匹配): a call naming the caller's last agent is offered to that agent first if Ready, and
    /// held for them this long if they are busy (Ringing, OnCall, WrapUp); then the strategy applies. Default 15 s; zero = offer
    /// first only if Ready at once.
    /// </summary>
    public TimeSpan LastAgentWindow { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>A call answered within this wait counts as within service level (default 20 s, the 80/20 rule).</summary>
    public TimeSpan ServiceLevelThreshold { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Skills-based tier widening: a call starts with the best tier some agent staffs (logged in, not NotReady; tier = the
    /// agent's level for the required skills) and each such wait allows the next tier, up to the call's required level.
    /// Default 10 s; zero = all tiers at once (the best tier still first). Used by <see cref="QueueStrategy.SkillsBased"/> only.
    /// </summary>
    public TimeSpan TierWidening { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Member penalties (agent id → 0…<see cref="MaxPenalty"/>; missing = 0): an agent is offered a call of this queue only
    /// while no member with a lower penalty is available for it — e.g. a back-up agent at penalty 1 takes calls only when
    /// the team at 0 is busy, logged out or not ready. Within a penalty the strategy applies (and, skills-based, the tier first).
    /// </summary>
    public IReadOnlyDictionary<string, int> Penalties { get; init; } = new Dictionary<string, int>();

    /// <summary>The highest penalty a member may have.</summary>
    public const int MaxPenalty = 99;
}
