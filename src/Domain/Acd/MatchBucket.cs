namespace CallCenter.Domain.Acd;

/// <summary>
/// The calls of one queue that need the same skills, and the agents available for exactly those calls. Matching a call
/// is then the head of <see cref="Agents"/> and matching an agent the best head of the <see cref="Calls"/> tiers it may
/// take, both O(log n). There is one bucket per distinct skill requirement of a queue (a handful: bounded by the skill
/// catalogue, not by the number of calls or agents); a bucket lives as long as its queue.
/// </summary>
internal sealed class MatchBucket
{
    public MatchBucket(QueueState queue, RequiredSkill[] requirements)
    {
        Queue = queue;
        Requirements = requirements;
    }

    public QueueState Queue { get; }

    /// <summary>Normalised: one entry per skill (lower case), sorted by skill.</summary>
    public RequiredSkill[] Requirements { get; }

    /// <summary>Available agents meeting <see cref="Requirements"/>, ordered by the queue's strategy (tier first).</summary>
    public SortedSet<Ranked<AgentState>> Agents { get; } = new(RankedComparer<AgentState>.Instance);

    /// <summary>Matchable calls (not ringing, not held) by the worst tier they accept now (index 1–9), best first.</summary>
    public SortedSet<Ranked<WaitingCall>>?[] Calls { get; } = new SortedSet<Ranked<WaitingCall>>?[AgentProfile.WorstLevel + 1];

    /// <summary>
    /// Members meeting <see cref="Requirements"/> who are staffed (logged in, not NotReady), per tier (index 1–9): a
    /// skills-based call does not wait for a tier nobody staffs.
    /// </summary>
    public int[] StaffedByTier { get; } = new int[AgentProfile.WorstLevel + 1];

    /// <summary>The best tier with a staffed agent, or 9 when none is staffed.</summary>
    public int BestStaffedTier()
    {
        for (var tier = AgentProfile.BestLevel; tier < AgentProfile.WorstLevel; tier++)
            if (StaffedByTier[tier] > 0) return tier;
        return AgentProfile.WorstLevel;
    }

    /// <summary>Whether the agent has every required skill at the required level or better.</summary>
    public bool Accepts(AgentState agent)
    {
        foreach (var requirement in Requirements)
            if (!agent.Skills.TryGetValue(requirement.Skill, out var level) || level > requirement.Level) return false;
        return true;
    }

    /// <summary>Skills-based tier of an agent for these calls: their worst level among the required skills (1 when none is required).</summary>
    public int TierOf(AgentState agent)
    {
        var tier = AgentProfile.BestLevel;
        foreach (var requirement in Requirements)
            if (agent.Skills.TryGetValue(requirement.Skill, out var level) && level > tier) tier = level;
        return Math.Clamp(tier, AgentProfile.BestLevel, AgentProfile.WorstLevel);
    }

    public void AddCall(WaitingCall call)
    {
        var set = Calls[call.AllowedTier] ??= new SortedSet<Ranked<WaitingCall>>(RankedComparer<WaitingCall>.Instance);
        set.Add(call.Key);
    }

    public void RemoveCall(WaitingCall call) => Calls[call.AllowedTier]?.Remove(call.Key);

    /// <summary>The signature two requests share when they need the same skills: <c>billing:3|english:9</c>.</summary>
    public static string Signature(RequiredSkill[] normalised)
    {
        if (normalised.Length == 0) return "";
        if (normalised.Length == 1) return string.Concat(normalised[0].Skill, ":", LevelText[normalised[0].Level]);
        var parts = new string[normalised.Length];
        for (var i = 0; i < parts.Length; i++) parts[i] = string.Concat(normalised[i].Skill, ":", LevelText[normalised[i].Level]);
        return string.Join('|', parts);
    }

    private static readonly string[] LevelText = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    /// <summary>One requirement per skill (the strictest), names in lower case, sorted, levels clamped to 1–9.</summary>
    public static RequiredSkill[] Normalise(IReadOnlyList<RequiredSkill> requirements)
    {
        if (requirements.Count == 0) return [];
        var result = new List<RequiredSkill>(requirements.Count);
        foreach (var requirement in requirements)
        {
            // Trim and ToLowerInvariant return the same string when nothing changes.
            var skill = requirement.Skill.Trim().ToLowerInvariant();
            var level = Math.Clamp(requirement.Level, AgentProfile.BestLevel, AgentProfile.WorstLevel);
            var existing = result.FindIndex(r => r.Skill == skill);
            if (existing < 0) result.Add(new RequiredSkill(skill, level));
            else if (level < result[existing].Level) result[existing] = new RequiredSkill(skill, level);
        }
        if (result.Count > 1) result.Sort(static (x, y) => string.CompareOrdinal(x.Skill, y.Skill));
        return [.. result];
    }
}
