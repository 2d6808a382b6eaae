namespace CallCenter.Domain.Acd;

/// <summary>How a queue picks the agent to offer its next call to (among Ready agents with the required skills).</summary>
public enum QueueStrategy
{
    /// <summary>Every eligible agent rings at once; the first to answer takes the call.</summary>
    RingAll,
    /// <summary>The agent Ready the longest (since their last call ended or they became Ready).</summary>
    LongestIdle,
    /// <summary>In turn, remembering where the last offer went.</summary>
    RoundRobin,
    /// <summary>The agent who answered the fewest calls of this queue today.</summary>
    FewestCalls,
    /// <summary>The agent with the least talk time today.</summary>
    LeastTalkTime,
    Random,
    /// <summary>Lowest skill-level tier first (1 = best); the tier widens with the caller's wait.</summary>
    SkillsBased,
}
