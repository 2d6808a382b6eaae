using System.Collections.Concurrent;

namespace CallCenter.Activities.Acd;

/// <summary>The queue calls of this process connected to an agent, by the caller's call id (for call control and the wallboard).</summary>
public sealed class LiveCalls
{
    private readonly ConcurrentDictionary<string, LiveCall> _calls = new(StringComparer.Ordinal);

    public IReadOnlyCollection<LiveCall> All => [.. _calls.Values];

    public LiveCall? Find(string callId) => _calls.GetValueOrDefault(callId);

    /// <summary>The live call the agent is on, or null.</summary>
    public LiveCall? OfAgent(string agentId) => _calls.Values.FirstOrDefault(c => c.AgentId == agentId);

    internal void Add(LiveCall call) => _calls[call.Caller.Id] = call;

    internal void Remove(LiveCall call) => _calls.TryRemove(new KeyValuePair<string, LiveCall>(call.Caller.Id, call));
}
