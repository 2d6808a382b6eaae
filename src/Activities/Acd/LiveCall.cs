using System.Threading.Channels;
using CallCenter.Domain.Calls;
using CallCenter.Telephony.Sessions;

namespace CallCenter.Activities.Acd;

/// <summary>
/// A queue call connected to an agent, as call control sees it: the caller, the agent and their leg (both change on a
/// transfer), and a mailbox of requests the conversation carries out one at a time.
/// </summary>
public sealed class LiveCall(ICallSession caller, string queue, DateTimeOffset connectedAt)
{
    private readonly Channel<CallControlRequest> _requests = Channel.CreateBounded<CallControlRequest>(new BoundedChannelOptions(16) { SingleReader = true });

    public ICallSession Caller => caller;

    public string Queue { get; internal set; } = queue;

    public DateTimeOffset ConnectedAt => connectedAt;

    /// <summary>The agent talking to the caller now (null while the call waits for a transfer target).</summary>
    public string? AgentId { get; internal set; }

    public ICallSession? AgentLeg { get; internal set; }

    /// <summary>The transfers so far, in order (kept on the call record).</summary>
    public List<CallTransfer> Transfers { get; } = [];

    /// <summary>Whether the caller is on hold.</summary>
    public bool OnHold { get; internal set; }

    /// <summary>The supervisor's extension while one monitors, whispers or barges.</summary>
    public string? Supervisor { get; internal set; }

    /// <summary>Queues a request and waits until it is carried out (or refused: the call ended, the mailbox is full).</summary>
    public async Task<CallControlResult> RequestAsync(CallControlRequest request, CancellationToken ct = default)
    {
        if (caller.State == CallSessionState.Ended) return new CallControlResult(false, "the call has ended");
        if (!_requests.Writer.TryWrite(request)) return new CallControlResult(false, "too many requests pending for this call");
        return await request.Done.WaitAsync(ct).ConfigureAwait(false);
    }

    internal ChannelReader<CallControlRequest> Requests => _requests.Reader;

    /// <summary>Refuses whatever is still pending once the conversation is over.</summary>
    internal void Close()
    {
        _requests.Writer.TryComplete();
        while (_requests.Reader.TryRead(out var request)) request.Complete(false, "the call has ended");
    }
}
