namespace CallCenter.Domain.Agents;

/// <summary>A skill of an agent with its level: 1 (best) to 9. Skill names are lower case, e.g. <c>hotline</c>, <c>english</c>.</summary>
public sealed class AgentSkill
{
    public int AgentId { get; set; }

    public string Skill { get; set; } = "";

    /// <summary>1 = best, 9 = weakest; a skills-based queue offers to lower levels first.</summary>
    public int Level { get; set; } = 1;
}
