using CallCenter.Domain.Acd;

namespace CallCenter.Bench.Acd;

/// <summary>
/// The baseline: the same decisions (longest-idle agent; highest priority then earliest call; every required skill at
/// its level or better) taken the obvious way, by scanning every waiting call or every agent per decision, under a lock
/// like the ACD. What a first implementation (or mod_callcenter's SQL query per decision) costs.
/// </summary>
public sealed class NaiveTarget : IDecisionTarget
{
    private readonly Lock _gate = new();
    private readonly List<NaiveCall> _waiting = [];
    private readonly Dictionary<string, NaiveAgent> _agents = [];
    private readonly List<NaiveAgent> _agentList = [];
    private long _arrival;
    private long _clock;
    private (NaiveAgent Agent, NaiveCall Call)? _pending;

    public string Name => "naive/LongestIdle";

    public void AddAgents(IReadOnlyList<AgentProfile> agents)
    {
        foreach (var profile in agents)
        {
            var agent = new NaiveAgent(profile.Id, new Dictionary<string, int>(profile.Skills, StringComparer.OrdinalIgnoreCase));
            _agents[profile.Id] = agent;
            _agentList.Add(agent);
        }
    }

    public bool Ready(string agentId)
    {
        lock (_gate)
        {
            var agent = _agents[agentId];
            agent.Ready = true;
            agent.IdleSince = ++_clock;
            var best = -1;
            for (var i = 0; i < _waiting.Count; i++)
            {
                var call = _waiting[i];
                if (!Eligible(agent, call)) continue;
                if (best < 0 || call.Priority > _waiting[best].Priority || (call.Priority == _waiting[best].Priority && call.Arrival < _waiting[best].Arrival))
                    best = i;
            }
            if (best < 0) return false;
            var chosen = _waiting[best];
            _waiting.RemoveAt(best);
            agent.Ready = false;
            _pending = (agent, chosen);
            return true;
        }
    }

    public bool Enqueue(CallRequest request)
    {
        lock (_gate)
        {
            var call = new NaiveCall(request.Priority, ++_arrival, request.RequiredSkills.ToArray());
            NaiveAgent? best = null;
            foreach (var agent in _agentList)
                if (agent.Ready && Eligible(agent, call) && (best is null || agent.IdleSince < best.IdleSince)) best = agent;
            if (best is null)
            {
                _waiting.Add(call);
                return false;
            }
            best.Ready = false;
            _pending = (best, call);
            return true;
        }
    }

    public string AnswerAndEnd()
    {
        lock (_gate)
        {
            var (agent, _) = _pending ?? throw new InvalidOperationException("no offer pending");
            _pending = null;
            return agent.Id;
        }
    }

    private static bool Eligible(NaiveAgent agent, NaiveCall call)
    {
        foreach (var required in call.Skills)
            if (!agent.Skills.TryGetValue(required.Skill, out var level) || level > required.Level) return false;
        return true;
    }

    private sealed record NaiveCall(int Priority, long Arrival, RequiredSkill[] Skills);

    private sealed class NaiveAgent(string id, Dictionary<string, int> skills)
    {
        public string Id { get; } = id;
        public Dictionary<string, int> Skills { get; } = skills;
        public bool Ready { get; set; }
        public long IdleSince { get; set; }
    }
}
