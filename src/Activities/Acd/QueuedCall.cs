using CallCenter.Domain.Acd;
using CallCenter.Telephony.Sessions;

namespace CallCenter.Activities.Acd;

/// <summary>
/// A caller waiting in a queue, as the <see cref="Enqueue"/> activity waits for it: connected to an agent's answered
/// leg (<see cref="Connected"/>), or gone from the queue another way (<see cref="Left"/>: overflow, no agents).
/// </summary>
public sealed class QueuedCall
{
    private readonly TaskCompletionSource<(string AgentId, ICallSession Leg)> _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<CallLeft> _left = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _firstOfferTicks;

    public QueuedCall(ICallSession call, string queue, DateTimeOffset enteredAt)
    {
        Call = call;
        Queue = queue;
        EnteredAt = enteredAt;
    }

    public ICallSession Call { get; }

    public string Queue { get; }

    public DateTimeOffset EnteredAt { get; }

    /// <summary>When the call was first offered to an agent, or null.</summary>
    public DateTimeOffset? FirstOfferedAt
    {
        get
        {
            var ticks = Interlocked.Read(ref _firstOfferTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>The agent who answered and their leg.</summary>
    public Task<(string AgentId, ICallSession Leg)> Connected => _connected.Task;

    /// <summary>The call left the queue without an agent (overflow, no agents).</summary>
    public Task<CallLeft> Left => _left.Task;

    /// <summary>Notes an offer (the first one is kept).</summary>
    public void Offered(DateTimeOffset at) => Interlocked.CompareExchange(ref _firstOfferTicks, at.UtcTicks, 0);

    /// <summary>Hands the agent's answered leg to the waiting caller; false when the caller no longer waits for one.</summary>
    public bool TryConnect(string agentId, ICallSession leg) =>
        !_left.Task.IsCompleted && Call.State != CallSessionState.Ended && _connected.TrySetResult((agentId, leg));

    internal void LeftQueue(CallLeft left) => _left.TrySetResult(left);
}
