using CallCenter.Domain.Acd;

namespace CallCenter.Bench.Acd;

/// <summary>What the benchmark drives: the ACD under test or the linear-scan baseline.</summary>
public interface IDecisionTarget
{
    string Name { get; }

    /// <summary>Adds the agents, logged in but NotReady.</summary>
    void AddAgents(IReadOnlyList<AgentProfile> agents);

    /// <summary>The agent becomes Ready; true when that made an offer (then pending until <see cref="AnswerAndEnd"/>).</summary>
    bool Ready(string agentId);

    /// <summary>A call joins; true when that made an offer.</summary>
    bool Enqueue(CallRequest call);

    /// <summary>The pending offer is answered and the call ends at once; the agent goes to wrap-up. Returns the agent.</summary>
    string AnswerAndEnd();
}
