namespace CallCenter.Domain.Acd;

// Matching: which agents are available where, under which key, and the O(log n) picks on both sides.
public sealed partial class InMemoryAcd
{
    // An agent's bucket key packs the tier, the member penalty and the number of calls in progress into A
    // (tier × TierScale + penalty × PenaltyScale + calls), so a better tier comes first, then a lower penalty, then idle
    // agents before busy ones (ring-busy queues).
    private const long PenaltyScale = 1000;
    private const long TierScale = PenaltyScale * (QueueSettings.MaxPenalty + 1);

    /// <summary>Whether <paramref name="agent"/> may be offered a call of <paramref name="queue"/> now.</summary>
    private static bool IsAvailableFor(AgentState agent, QueueState queue) =>
        agent.Status == AgentStatus.Ready
        || (agent.Status == AgentStatus.OnCall && queue.Settings.RingBusyAgents && agent.PendingNotReadyReason is null
            && agent.ActiveCalls + agent.Offers.Count < agent.MaxCalls);

    private static void RemoveFromBuckets(AgentState agent)
    {
        foreach (var (bucket, key) in agent.Buckets) bucket.Agents.Remove(key);
        agent.Buckets.Clear();
    }

    /// <summary>Takes the agent out of every bucket and puts them back where they are available now, under fresh keys.</summary>
    private void Reindex(AgentState agent)
    {
        RemoveFromBuckets(agent);
        if (agent.Status is not (AgentStatus.Ready or AgentStatus.OnCall)) return;
        foreach (var queue in agent.Queues)
        {
            if (!IsAvailableFor(agent, queue)) continue;
            foreach (var bucket in queue.BucketsFor(agent)) AddToBucket(agent, bucket);
        }
    }

    private void AddToBucket(AgentState agent, MatchBucket bucket)
    {
        if (!bucket.Accepts(agent)) return;
        var key = KeyFor(agent, bucket);
        bucket.Agents.Add(key);
        agent.Buckets[bucket] = key;
    }

    /// <summary>Reindexes the agent and has them looked at when the operation settles.</summary>
    private void MarkAgent(AgentState agent)
    {
        Reindex(agent);
        if (agent.Buckets.Count > 0 || agent.Reserved.Count > 0) _dirtyAgents.Enqueue(agent);
    }

    private Ranked<AgentState> KeyFor(AgentState agent, MatchBucket bucket)
    {
        var queue = bucket.Queue;
        var idle = agent.IdleSince.UtcTicks;
        var busy = Math.Min(agent.ActiveCalls + agent.Offers.Count, (int)PenaltyScale - 1);
        var settings = queue.Settings;
        var tier = settings.Strategy == QueueStrategy.SkillsBased ? bucket.TierOf(agent) : AgentProfile.BestLevel;
        var penalty = Math.Clamp(settings.Penalties.GetValueOrDefault(agent.Id), 0, QueueSettings.MaxPenalty);
        var a = tier * TierScale + penalty * PenaltyScale + busy;
        return settings.Strategy switch
        {
            // Least recently offered first: the rotation goes on from where the last offer went.
            QueueStrategy.RoundRobin => new(a, agent.StatsFor(queue).LastOffered, 0, agent.Ordinal, agent),
            QueueStrategy.FewestCalls => new(a, agent.StatsFor(queue).CallsOn(Today), idle, agent.Ordinal, agent),
            QueueStrategy.LeastTalkTime => new(a, agent.Day == Today ? agent.TalkToday.Ticks : 0, idle, agent.Ordinal, agent),
            // A fresh random key per insertion; picks start at a random point (RandomOrder).
            QueueStrategy.Random => new(a, _random.NextInt64(), 0, agent.Ordinal, agent),
            // LongestIdle, RingAll (its order only lists the agents) and SkillsBased (tier first, then idle).
            _ => new(a, idle, 0, agent.Ordinal, agent),
        };
    }

    /// <summary>Adds (+1) or removes (-1) a staffed agent's tiers in the buckets of <paramref name="queue"/> they fit.</summary>
    private static void CountStaffing(AgentState agent, QueueState queue, int delta)
    {
        foreach (var bucket in queue.BucketsFor(agent))
            if (bucket.Accepts(agent)) bucket.StaffedByTier[bucket.TierOf(agent)] += delta;
    }

    private static void CountStaffing(AgentState agent, int delta)
    {
        foreach (var queue in agent.Queues) CountStaffing(agent, queue, delta);
    }

    private MatchBucket GetOrCreateBucket(QueueState queue, IReadOnlyList<RequiredSkill> requirements)
    {
        var normalised = MatchBucket.Normalise(requirements);
        var signature = MatchBucket.Signature(normalised);
        if (queue.Buckets.TryGetValue(signature, out var bucket)) return bucket;
        bucket = new MatchBucket(queue, normalised);
        queue.AddBucket(signature, bucket);
        // Once per distinct requirement of a queue: the available members join the new bucket.
        foreach (var member in queue.Members)
        {
            if (IsAvailableFor(member, queue)) AddToBucket(member, bucket);
            if (member.IsStaffed && bucket.Accepts(member)) bucket.StaffedByTier[bucket.TierOf(member)]++;
        }
        return bucket;
    }

    /// <summary>The agent a waiting call goes to: the bucket's head within the call's tier, skipping agents who missed it unless nobody else is free.</summary>
    private AgentState? FindAgentFor(WaitingCall call)
    {
        AgentState? firstRefused = null;
        var agents = call.Queue.Settings.Strategy == QueueStrategy.Random ? RandomOrder(call.Bucket.Agents) : call.Bucket.Agents;
        foreach (var entry in agents)
        {
            if (entry.A / TierScale > call.AllowedTier) break;
            if (!call.Refused(entry.Item)) return entry.Item;
            firstRefused ??= entry.Item;
        }
        return firstRefused;
    }

    /// <summary>
    /// The agents from a random point on: idle agents (at penalty 0) from the first key at or after a random number (wrapping
    /// round), then the others (higher penalties, busy ones) in key order. Each agent's chance is the gap before its key; keys are drawn afresh whenever an agent becomes free, so
    /// none is favoured over time. Views of a SortedSet find their bounds in O(log n).
    /// </summary>
    private IEnumerable<Ranked<AgentState>> RandomOrder(SortedSet<Ranked<AgentState>> agents)
    {
        const long idle = AgentProfile.BestLevel * TierScale;
        var start = _random.NextInt64();
        foreach (var entry in agents.GetViewBetween(Probe(idle, start), Probe(idle, long.MaxValue))) yield return entry;
        foreach (var entry in agents)
        {
            if (entry.A != idle || entry.B >= start) break;
            yield return entry;
        }
        foreach (var entry in agents.GetViewBetween(Probe(idle + 1, long.MinValue), Probe(long.MaxValue, long.MaxValue))) yield return entry;
    }

    private static Ranked<AgentState> Probe(long a, long b) =>
        new(a, b, b == long.MaxValue ? long.MaxValue : long.MinValue, b == long.MaxValue ? int.MaxValue : int.MinValue, null!);

    /// <summary>The call a free agent takes: a call held for them first, else the best (priority, arrival) head among their buckets' tiers.</summary>
    private static WaitingCall? FindCallFor(AgentState agent)
    {
        WaitingCall? best = null;
        foreach (var held in agent.Reserved)
            if (IsAvailableFor(agent, held.Queue) && (best is null || RankedComparer<WaitingCall>.Instance.Compare(held.Key, best.Key) < 0))
                best = held;
        if (best is not null) return best;

        foreach (var (bucket, key) in agent.Buckets)
        {
            // Only skills-based calls sit below the worst tier (while their tier widens).
            var from = bucket.Queue.Settings.Strategy == QueueStrategy.SkillsBased ? (int)(key.A / TierScale) : AgentProfile.WorstLevel;
            for (var tier = from; tier <= AgentProfile.WorstLevel; tier++)
            {
                var calls = bucket.Calls[tier];
                if (calls is null || calls.Count == 0) continue;
                var candidate = FirstNotRefusedBy(calls, agent);
                if (candidate is not null && (best is null || RankedComparer<WaitingCall>.Instance.Compare(candidate.Key, best.Key) < 0))
                    best = candidate;
            }
        }
        return best;
    }

    private static WaitingCall? FirstNotRefusedBy(SortedSet<Ranked<WaitingCall>> calls, AgentState agent)
    {
        var min = calls.Min.Item;
        if (!min.Refused(agent)) return min;
        foreach (var entry in calls)
            if (!entry.Item.Refused(agent)) return entry.Item;
        return null;
    }

    /// <summary>Offers calls to a free agent until they are not free any more or nothing fits.</summary>
    private void TryMatchAgent(AgentState agent)
    {
        while (agent.Buckets.Count > 0 || agent.Reserved.Count > 0)
        {
            var call = FindCallFor(agent);
            if (call is null) return;
            if (call.State == WaitingCallState.Waiting && call.Queue.Settings.Strategy == QueueStrategy.RingAll) TryMatchCall(call);
            else MakeOffer(call, [agent]);
        }
    }

    /// <summary>Offers a matchable call to its strategy's agent (ring-all: every eligible agent), if any is free.</summary>
    private void TryMatchCall(WaitingCall call)
    {
        if (call.State != WaitingCallState.Waiting) return;
        if (call.Queue.Settings.Strategy != QueueStrategy.RingAll)
        {
            if (FindAgentFor(call) is { } agent) MakeOffer(call, [agent]);
            return;
        }
        List<AgentState> fresh = [], refused = [];
        foreach (var entry in call.Bucket.Agents)
        {
            if (entry.A / TierScale > call.AllowedTier) break;
            (call.Refused(entry.Item) ? refused : fresh).Add(entry.Item);
        }
        var agents = fresh.Count > 0 ? fresh : refused;
        if (agents.Count > 0) MakeOffer(call, agents);
    }

    /// <summary>Matches what the operation freed: calls first (a returned call goes to the next agent), then agents.</summary>
    private void Settle()
    {
        while (_dirtyCalls.Count > 0 || _dirtyAgents.Count > 0)
        {
            while (_dirtyCalls.TryDequeue(out var call))
            {
                if (_waiting.TryGetValue(call.Id, out var current) && ReferenceEquals(current, call)) TryMatchCall(call);
            }
            if (_dirtyAgents.TryDequeue(out var agent)) TryMatchAgent(agent);
        }
    }
}
