namespace CallCenter.Domain.Agents;

/// <summary>A group of agents (班组), e.g. <c>hotline-team</c>; queues may list a group as a member.</summary>
public sealed class AgentGroup
{
    public int Id { get; set; }

    /// <summary>Unique, e.g. <c>hotline-team</c>.</summary>
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public List<Agent> Agents { get; set; } = [];
}
