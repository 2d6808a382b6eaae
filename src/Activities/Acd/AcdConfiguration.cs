using System.Collections.Concurrent;
using CallCenter.Domain.Acd;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Queues;
using Microsoft.Extensions.Logging;

namespace CallCenter.Activities.Acd;

/// <summary>
/// Loads the agents and queues of the database into the ACD (<see cref="IAcd.UpsertAgent"/>,
/// <see cref="IAcd.ConfigureQueue"/>) and keeps what the call side needs that the ACD does not: each agent's extension
/// and each queue's hold music, announcements and recording settings. A queue's members become the ACD group
/// <c>queue:{name}</c> (member penalties are not used by the ACD yet). <see cref="ReloadAsync"/> after an admin change.
/// </summary>
public sealed class AcdConfiguration(IAcd acd, AgentDirectory agents, QueueDirectory queues, ILogger<AcdConfiguration> logger)
{
    private readonly ConcurrentDictionary<string, CallQueue> _queues = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Agent> _agents = new(StringComparer.Ordinal);

    /// <summary>The ACD group a queue's members are put in.</summary>
    public static string GroupOf(string queue) => $"queue:{queue.ToLowerInvariant()}";

    /// <summary>Reads agents and queues and applies them to the ACD (agents keep their status).</summary>
    public async Task ReloadAsync(CancellationToken ct = default)
    {
        var resolved = await queues.ResolveAllAsync(ct).ConfigureAwait(false);
        var enabled = await agents.GetEnabledAsync(ct).ConfigureAwait(false);
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var queue in resolved)
            foreach (var member in queue.Agents)
            {
                if (!groups.TryGetValue(member.Agent.Number, out var list)) groups[member.Agent.Number] = list = [];
                list.Add(GroupOf(queue.Queue.Name));
            }
        foreach (var agent in enabled)
        {
            _agents[agent.Number] = agent;
            acd.UpsertAgent(new AgentProfile(agent.Number, agent.Extension?.Number ?? "")
            {
                Skills = agent.Skills.ToDictionary(s => s.Skill, s => s.Level, StringComparer.OrdinalIgnoreCase),
                Groups = [.. agent.Groups.Select(g => g.Name), .. groups.GetValueOrDefault(agent.Number) ?? []],
                MaxConcurrentCalls = agent.MaxConcurrentCalls,
                WrapUpOverride = agent.WrapUpSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            });
        }
        foreach (var queue in resolved)
        {
            var q = queue.Queue;
            _queues[q.Name] = q;
            acd.ConfigureQueue(new QueueSettings(q.Name)
            {
                Strategy = q.Strategy,
                AgentGroups = [GroupOf(q.Name)],
                MaxWaitingCallers = q.MaxWaitingCallers,
                MaxWait = TimeSpan.FromSeconds(q.MaxWaitSeconds),
                JoinWhenEmpty = q.JoinWhenEmpty,
                LeaveWhenEmpty = q.LeaveWhenEmpty,
                RingTimeout = TimeSpan.FromSeconds(q.RingTimeoutSeconds),
                MaxMissedOffers = q.MaxMissedOffers,
                WrapUp = TimeSpan.FromSeconds(q.WrapUpSeconds),
                RingBusyAgents = q.RingBusyAgents,
                LastAgentWindow = TimeSpan.FromSeconds(q.LastAgentPreferenceSeconds),
                ServiceLevelThreshold = TimeSpan.FromSeconds(q.ServiceLevelSeconds),
                TierWidening = TimeSpan.FromSeconds(q.SkillTierWideningSeconds),
                Penalties = queue.Agents.ToDictionary(a => a.Agent.Number, a => a.Penalty, StringComparer.Ordinal),
            });
        }
        logger.LogInformation("ACD configured: {Agents} agent(s), {Queues} queue(s)", enabled.Count, resolved.Count);
    }

    /// <summary>The queue's stored settings (hold music, announcements, recording), or null when there is no such queue.</summary>
    public CallQueue? Queue(string name) => _queues.GetValueOrDefault(name);

    /// <summary>The extension the agent's phone registers as, or null.</summary>
    public string? ExtensionOf(string agentId) => _agents.GetValueOrDefault(agentId)?.Extension?.Number;

    /// <summary>The agent's name for screen pops and logs, or null.</summary>
    public string? NameOf(string agentId) => _agents.GetValueOrDefault(agentId)?.Name;

    /// <summary>The agent logged in on <paramref name="extension"/>, or null.</summary>
    public string? AgentOnExtension(string extension) =>
        _agents.Values.FirstOrDefault(a => a.Extension?.Number == extension)?.Number;
}
