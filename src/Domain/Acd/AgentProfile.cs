namespace CallCenter.Domain.Acd;

/// <summary>What the ACD needs to know about an agent (the persisted agent entity maps onto it).</summary>
public sealed record AgentProfile
{
    /// <summary>The best skill level.</summary>
    public const int BestLevel = 1;

    /// <summary>The worst skill level.</summary>
    public const int WorstLevel = 9;

    /// <summary>Creates a profile; <paramref name="id"/> is the agent's stable id (its number or key).</summary>
    public AgentProfile(string id, string extension)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Extension = extension ?? "";
    }

    /// <summary>Stable agent id (the agent number or its database key as text).</summary>
    public string Id { get; }

    /// <summary>The SIP extension the agent's phone registers as (Telephony rings it; the ACD only carries it).</summary>
    public string Extension { get; }

    /// <summary>Skills with their level, 1 = best … 9 (default: none). Names compare case-insensitively.</summary>
    public IReadOnlyDictionary<string, int> Skills { get; init; } = new Dictionary<string, int>();

    /// <summary>Groups the agent belongs to; a queue serves itself from the agents of its <see cref="QueueSettings.AgentGroups"/> (default: none).</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>How many calls the agent may have at once, counting ringing offers (default 1). Above 1 only queues with <see cref="QueueSettings.RingBusyAgents"/> ring a busy agent.</summary>
    public int MaxConcurrentCalls { get; init; } = 1;

    /// <summary>Wrap-up time after each call that replaces the queue's <see cref="QueueSettings.WrapUp"/> (default: none, the queue's applies).</summary>
    public TimeSpan? WrapUpOverride { get; init; }
}
