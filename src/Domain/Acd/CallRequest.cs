namespace CallCenter.Domain.Acd;

/// <summary>A call asking to wait in a queue.</summary>
public sealed record CallRequest
{
    /// <summary>Creates a request for call <paramref name="callId"/> to wait in <paramref name="queue"/>.</summary>
    public CallRequest(string callId, string queue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callId);
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        CallId = callId;
        Queue = queue;
    }

    /// <summary>The call's id (the same id as its call record).</summary>
    public string CallId { get; }

    /// <summary>The queue's name.</summary>
    public string Queue { get; }

    /// <summary>Higher is served first (VIP, whitelist, flow-set); ties by arrival. Default 0.</summary>
    public int Priority { get; init; }

    /// <summary>Skills the agent must have (all of them), each at its level or better. Default: none.</summary>
    public IReadOnlyList<RequiredSkill> RequiredSkills { get; init; } = [];

    /// <summary>The agent who last served this caller, for last-agent preference (default: none).</summary>
    public string? LastAgentId { get; init; }
}
