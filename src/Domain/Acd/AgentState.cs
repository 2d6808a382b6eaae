namespace CallCenter.Domain.Acd;

/// <summary>The ACD's live view of one agent. Only touched under the ACD's lock.</summary>
internal sealed class AgentState(AgentProfile profile, int ordinal, DateTimeOffset now)
{
    public AgentProfile Profile { get; set; } = profile;

    /// <summary>Skills with names folded to lower case, for lookups.</summary>
    public Dictionary<string, int> Skills { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Stable order of registration: the last tie-breaker of every strategy.</summary>
    public int Ordinal { get; } = ordinal;

    public string Id => Profile.Id;
    public AgentStatus Status { get; set; } = AgentStatus.LoggedOut;
    public string? Reason { get; set; }
    public DateTimeOffset Since { get; set; } = now;

    /// <summary>When the agent last became free (call ended, login, back from NotReady): the longest-idle key.</summary>
    public DateTimeOffset IdleSince { get; set; } = now;

    public int ActiveCalls { get; set; }
    public int MissedInARow { get; set; }

    /// <summary>NotReady asked for while on a call: applied when the last call ends, instead of wrap-up.</summary>
    public string? PendingNotReadyReason { get; set; }

    /// <summary>Identifies the running wrap-up timer; a stale timer's callback finds another token and does nothing.</summary>
    public object? WrapUpToken { get; set; }
    public ITimer? WrapUpTimer { get; set; }

    public DateOnly Day { get; set; }
    public int CallsToday { get; set; }
    public TimeSpan TalkToday { get; set; }

    /// <summary>The queues this agent serves.</summary>
    public List<QueueState> Queues { get; } = [];
    public Dictionary<QueueState, AgentQueueStats> QueueStats { get; } = [];

    /// <summary>The buckets the agent is available in now, with the key each holds the agent under.</summary>
    public Dictionary<MatchBucket, Ranked<AgentState>> Buckets { get; } = [];

    /// <summary>Offers ringing this agent now.</summary>
    public List<OfferState> Offers { get; } = [];

    /// <summary>Calls held for this agent by last-agent preference.</summary>
    public List<WaitingCall> Reserved { get; } = [];

    public int MaxCalls => Math.Max(1, Profile.MaxConcurrentCalls);
    public bool IsLoggedIn => Status != AgentStatus.LoggedOut;

    /// <summary>Logged in and not NotReady: counted as staffing for the estimated wait.</summary>
    public bool IsStaffed => Status is not (AgentStatus.LoggedOut or AgentStatus.NotReady);

    public AgentQueueStats StatsFor(QueueState queue)
    {
        if (!QueueStats.TryGetValue(queue, out var stats)) QueueStats[queue] = stats = new AgentQueueStats();
        return stats;
    }

    public void RollDay(DateOnly today)
    {
        if (Day == today) return;
        Day = today;
        CallsToday = 0;
        TalkToday = TimeSpan.Zero;
    }
}
