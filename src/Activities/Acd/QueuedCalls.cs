using System.Collections.Concurrent;
using CallCenter.Domain.Acd;
using CallCenter.Telephony.Sessions;

namespace CallCenter.Activities.Acd;

/// <summary>
/// The callers of this process waiting in a queue, by call id; an ACD observer that tells each one when the ACD sends
/// it away (overflow, no agents). Connected calls are handed over by <see cref="AgentCaller"/>.
/// </summary>
public sealed class QueuedCalls(TimeProvider time) : IAcdObserver
{
    private readonly ConcurrentDictionary<string, QueuedCall> _calls = new(StringComparer.Ordinal);

    public int Count => _calls.Count;

    /// <summary>Registers the caller before it is put in the ACD (the first offer may follow at once); dispose the handle when it stops waiting.</summary>
    public Registration Add(ICallSession call, string queue)
    {
        var entry = new QueuedCall(call, queue, time.GetUtcNow());
        if (!_calls.TryAdd(call.Id, entry)) throw new InvalidOperationException($"call {call.Id} is already waiting in a queue");
        return new Registration(this, entry);
    }

    public QueuedCall? Find(string callId) => _calls.GetValueOrDefault(callId);

    public void OnEvent(AcdEvent acdEvent)
    {
        if (acdEvent is CallLeft { Outcome: not CallOutcome.Connected } left && _calls.TryGetValue(left.CallId, out var call))
            call.LeftQueue(left);
    }

    /// <summary>The caller's place in this registry; disposing removes it.</summary>
    public sealed class Registration(QueuedCalls owner, QueuedCall call) : IDisposable
    {
        public QueuedCall Call => call;

        public void Dispose() => owner._calls.TryRemove(new KeyValuePair<string, QueuedCall>(call.Call.Id, call));
    }
}
