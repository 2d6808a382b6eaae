using CallCenter.Domain.Agents;

namespace CallCenter.Portal.Components.Admin.Agents;

/// <summary>The agent edit form's values: every <see cref="AgentInput"/> field, editable (skills as rows, groups as one comma-separated line).</summary>
public sealed class AgentForm
{
    public string Number { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Extension { get; set; }
    public List<SkillRow> Skills { get; set; } = [];
    public string Groups { get; set; } = "";
    public int MaxConcurrentCalls { get; set; } = 1;
    public int? WrapUpSeconds { get; set; }
    public DialPermission DialPermission { get; set; } = DialPermission.Internal;
    public bool Enabled { get; set; } = true;

    /// <summary>One skill row of the form.</summary>
    public sealed class SkillRow
    {
        public string Skill { get; set; } = "";
        public int Level { get; set; } = 1;
    }

    /// <summary>The form filled with a saved agent's settings.</summary>
    public static AgentForm From(Agent agent) => new()
    {
        Number = agent.Number,
        Name = agent.Name,
        Extension = agent.Extension?.Number,
        Skills = agent.Skills.Select(s => new SkillRow { Skill = s.Skill, Level = s.Level }).ToList(),
        Groups = string.Join(", ", agent.Groups.Select(g => g.Name)),
        MaxConcurrentCalls = agent.MaxConcurrentCalls,
        WrapUpSeconds = agent.WrapUpSeconds,
        DialPermission = agent.DialPermission,
        Enabled = agent.Enabled,
    };

    /// <summary>What the Domain saves; empty skill rows are left out.</summary>
    public AgentInput ToInput() => new(
        Number.Trim(),
        Name.Trim(),
        string.IsNullOrWhiteSpace(Extension) ? null : Extension.Trim(),
        Skills.Where(s => !string.IsNullOrWhiteSpace(s.Skill)).Select(s => new AgentSkillLevel(s.Skill, s.Level)).ToList(),
        Groups.Split([',', '，', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        MaxConcurrentCalls,
        WrapUpSeconds,
        DialPermission,
        Enabled);
}
