namespace CallCenter.Domain.Acd;

/// <summary>A call in a queue, from Enqueue until it is connected or leaves. Only touched under the ACD's lock.</summary>
internal sealed class WaitingCall(CallRequest request, QueueState queue, MatchBucket bucket, long sequence, DateTimeOffset enteredAt)
{
    public CallRequest Request { get; } = request;
    public string Id => Request.CallId;
    public QueueState Queue { get; } = queue;
    public MatchBucket Bucket { get; } = bucket;

    /// <summary>Arrival order across the ACD: the tie-breaker after priority.</summary>
    public long Sequence { get; } = sequence;
    public DateTimeOffset EnteredAt { get; } = enteredAt;
    public int OriginalPosition { get; set; }
    public WaitingCallState State { get; set; } = WaitingCallState.Waiting;

    /// <summary>The worst agent tier (skills-based) the call accepts now; 9 = any.</summary>
    public int AllowedTier { get; set; } = AgentProfile.WorstLevel;

    public OfferState? Offer { get; set; }
    public AgentState? ReservedFor { get; set; }

    /// <summary>Agents who missed this call: tried last, when nobody else is free.</summary>
    public HashSet<AgentState>? RefusedBy { get; set; }

    public LinkedListNode<WaitingCall>? ArrivalNode { get; set; }
    public ITimer? MaxWaitTimer { get; set; }
    public ITimer? WideningTimer { get; set; }
    public ITimer? ReservationTimer { get; set; }

    /// <summary>Higher priority first, then earlier arrival.</summary>
    public Ranked<WaitingCall> Key => new(-(long)Request.Priority, Sequence, 0, 0, this);

    public bool Refused(AgentState agent) => RefusedBy is not null && RefusedBy.Contains(agent);

    public void DisposeTimers()
    {
        MaxWaitTimer?.Dispose();
        WideningTimer?.Dispose();
        ReservationTimer?.Dispose();
        MaxWaitTimer = WideningTimer = ReservationTimer = null;
    }
}
