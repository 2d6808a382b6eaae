namespace CallCenter.Domain.Agents;

/// <summary>A skill and its level (1 = best … 9), as entered for an agent.</summary>
public sealed record AgentSkillLevel(string Skill, int Level);
