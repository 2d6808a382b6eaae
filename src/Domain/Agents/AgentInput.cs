namespace CallCenter.Domain.Agents;

/// <summary>What an admin sets on an agent (create or full update). <see cref="Extension"/> is an extension number; groups are names (created when new).</summary>
public sealed record AgentInput(
    string Number,
    string Name,
    string? Extension,
    IReadOnlyList<AgentSkillLevel> Skills,
    IReadOnlyList<string> Groups,
    int MaxConcurrentCalls = 1,
    int? WrapUpSeconds = null,
    DialPermission DialPermission = DialPermission.Internal,
    bool Enabled = true);
