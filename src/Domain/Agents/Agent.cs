using CallCenter.Domain.Telephony;

namespace CallCenter.Domain.Agents;

/// <summary>
/// An agent (座席) as configured by an admin: number (工号), name, the extension they normally log in on, skills with
/// levels, groups, how many calls at once, wrap-up override and dial permission. Live state (Ready, OnCall…) is the
/// ACD's, kept in memory; its changes are logged as <see cref="AgentStatusChange"/> rows.
/// </summary>
public sealed class Agent
{
    public int Id { get; set; }

    /// <summary>The agent number (工号), e.g. <c>8001</c>: unique, letters, digits, '-' or '_', never changed once created.</summary>
    public string Number { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The extension (desk phone or softphone) the agent logs in on; null when not assigned. One agent per extension.</summary>
    public int? ExtensionId { get; set; }

    public Extension? Extension { get; set; }

    /// <summary>Skills with levels 1–9 (1 = best), e.g. <c>hotline</c> 1, <c>english</c> 3.</summary>
    public List<AgentSkill> Skills { get; set; } = [];

    /// <summary>Groups (班组) the agent belongs to; a queue may name a group instead of each agent.</summary>
    public List<AgentGroup> Groups { get; set; } = [];

    /// <summary>Calls the agent may have at once. Default 1.</summary>
    public int MaxConcurrentCalls { get; set; } = 1;

    /// <summary>Wrap-up (after-call work) seconds for this agent; null (default) = the queue's <c>WrapUpSeconds</c>.</summary>
    public int? WrapUpSeconds { get; set; }

    /// <summary>The farthest the agent may dial out. Default <see cref="DialPermission.Internal"/>.</summary>
    public DialPermission DialPermission { get; set; } = DialPermission.Internal;

    /// <summary>A disabled agent cannot log in and is left out of every queue. Default true.</summary>
    public bool Enabled { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The agent's level in <paramref name="skill"/> (1 = best), or null when the agent lacks it.</summary>
    public int? SkillLevel(string skill)
    {
        foreach (var s in Skills)
            if (string.Equals(s.Skill, skill, StringComparison.OrdinalIgnoreCase)) return s.Level;
        return null;
    }
}
