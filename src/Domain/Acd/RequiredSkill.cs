namespace CallCenter.Domain.Acd;

/// <summary>
/// A skill a waiting call needs: the agent must have <see cref="Skill"/> at <see cref="Level"/> or better
/// (levels run from 1 = best to 9), so <c>("billing", 3)</c> accepts agents at level 1, 2 or 3.
/// </summary>
/// <param name="Skill">Skill name, compared ordinally and case-insensitively.</param>
/// <param name="Level">The worst level accepted (1–9, default 9 = any level).</param>
public sealed record RequiredSkill(string Skill, int Level = AgentProfile.WorstLevel);
