namespace CallCenter.Domain.Acd;

/// <summary>The ACD's live view of one queue. Only touched under the ACD's lock.</summary>
internal sealed class QueueState(QueueSettings settings)
{
    /// <summary>Weight of a new call in the average handle time (Asterisk's holdtime uses 1/4 too).</summary>
    private const double HandleTimeWeight = 0.25;

    public QueueSettings Settings { get; set; } = settings;
    public string Name => Settings.Name;

    /// <summary>Agents serving the queue (its groups' members).</summary>
    public HashSet<AgentState> Members { get; } = [];

    /// <summary>Members per <see cref="AgentStatus"/>, kept as statuses change.</summary>
    public int[] StatusCounts { get; } = new int[Enum.GetValues<AgentStatus>().Length];

    public Dictionary<string, MatchBucket> Buckets { get; } = new(StringComparer.Ordinal);

    /// <summary>Buckets indexed by their first required skill, so an agent visits only buckets it may fit.</summary>
    public Dictionary<string, List<MatchBucket>> BucketsBySkill { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<MatchBucket> BucketsWithoutSkills { get; } = [];

    /// <summary>Every call in the queue (ringing and held ones too), in arrival order: the head waits longest.</summary>
    public LinkedList<WaitingCall> ByArrival { get; } = new();

    /// <summary>Every call in the queue in service order, for positions in O(log n).</summary>
    public RankIndex<WaitingCall> ByRank { get; } = new();

    /// <summary>Offers made from this queue so far: the round-robin memory.</summary>
    public long OfferCounter { get; set; }

    public DateOnly Day { get; private set; }
    public int Entered { get; private set; }
    public int Answered { get; private set; }
    public int AnsweredWithinServiceLevel { get; private set; }
    public int Abandoned { get; private set; }
    public TimeSpan? AverageHandleTime { get; private set; }

    public int Waiting => ByArrival.Count;
    public int LoggedIn => Members.Count - StatusCounts[(int)AgentStatus.LoggedOut];
    public int Staffed => LoggedIn - StatusCounts[(int)AgentStatus.NotReady];

    public IEnumerable<MatchBucket> BucketsFor(AgentState agent)
    {
        foreach (var bucket in BucketsWithoutSkills) yield return bucket;
        foreach (var skill in agent.Skills.Keys)
            if (BucketsBySkill.TryGetValue(skill, out var buckets))
                foreach (var bucket in buckets) yield return bucket;
    }

    public void AddBucket(string signature, MatchBucket bucket)
    {
        Buckets[signature] = bucket;
        if (bucket.Requirements.Length == 0)
        {
            BucketsWithoutSkills.Add(bucket);
            return;
        }
        var first = bucket.Requirements[0].Skill;
        if (!BucketsBySkill.TryGetValue(first, out var list)) BucketsBySkill[first] = list = [];
        list.Add(bucket);
    }

    public void Add(WaitingCall call)
    {
        call.ArrivalNode = ByArrival.AddLast(call);
        ByRank.Add(call.Key);
    }

    public void Remove(WaitingCall call)
    {
        if (call.ArrivalNode is not null) ByArrival.Remove(call.ArrivalNode);
        call.ArrivalNode = null;
        ByRank.Remove(call.Key);
    }

    /// <summary>1-based position: the calls ahead (higher priority, or same priority and earlier) plus one.</summary>
    public int PositionOf(WaitingCall call) => ByRank.CountLessThan(call.Key) + 1;

    public void CountEntered(DateOnly today) { Roll(today); Entered++; }

    public void CountAnswered(DateOnly today, TimeSpan waited)
    {
        Roll(today);
        Answered++;
        if (waited <= Settings.ServiceLevelThreshold) AnsweredWithinServiceLevel++;
    }

    public void CountAbandoned(DateOnly today) { Roll(today); Abandoned++; }

    public void CountHandleTime(TimeSpan handleTime) =>
        AverageHandleTime = AverageHandleTime is { } average
            ? TimeSpan.FromTicks((long)(average.Ticks * (1 - HandleTimeWeight) + handleTime.Ticks * HandleTimeWeight))
            : handleTime;

    /// <summary>⌈position ÷ staffed⌉ × average handle time; null without a handle time or staff.</summary>
    public TimeSpan? EstimateWait(int position)
    {
        if (AverageHandleTime is not { } aht || Staffed <= 0 || position <= 0) return null;
        var rounds = (position + Staffed - 1) / Staffed;
        return TimeSpan.FromTicks(aht.Ticks * rounds);
    }

    public void Roll(DateOnly today)
    {
        if (Day == today) return;
        Day = today;
        Entered = Answered = AnsweredWithinServiceLevel = Abandoned = 0;
    }
}
