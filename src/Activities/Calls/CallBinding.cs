using CallCenter.Engine.Runtime;
using CallCenter.Telephony.Sessions;
using Microsoft.Extensions.Logging;

namespace CallCenter.Activities.Calls;

/// <summary>
/// One live call served by one workflow instance. When the call ends and the flow did not end it itself
/// (a <c>Hangup</c> activity), the instance is cancelled: a run in progress is interrupted and the journal
/// records the activity it was in. Dispose when the flow is over.
/// </summary>
public sealed class CallBinding : IDisposable
{
    private readonly CallSessions _owner;
    private readonly IWorkflowRuntime _runtime;
    private readonly ILogger _logger;
    private readonly TaskCompletionSource<RunResult?> _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _endedByFlow;
    private int _hangUpTaken;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _lent = new(StringComparer.Ordinal);

    internal CallBinding(CallSessions owner, ICallSession call, string instanceId, IWorkflowRuntime runtime, ILogger logger)
    {
        _owner = owner;
        Call = call;
        InstanceId = instanceId;
        _runtime = runtime;
        _logger = logger;
        call.HungUp += OnHungUp;
        if (call.State == CallSessionState.Ended) OnHungUp(call, call.Hangup ?? new HangupInfo(CallCenter.Telephony.Calls.HangupSide.Caller, "ended"));
    }

    public ICallSession Call { get; }

    public string InstanceId { get; }

    /// <summary>What the flow did on this call (keys, prompts, recordings, tickets), stored with the call record when the flow is over.</summary>
    public CallTraceBuilder Trace { get; } = new();

    /// <summary>True once the flow itself hung up (a later call activity then fails at once instead of waiting to be cancelled).</summary>
    public bool EndedByFlow => _endedByFlow;

    /// <summary>Completes with the cancellation's result when the call's end cancelled the instance (null if it did not).</summary>
    public Task<RunResult?> Cancellation => _cancelled.Task;

    /// <summary>Says the flow is ending the call (or has seen it end and goes on without it): its end must not cancel the instance.</summary>
    public void MarkEndedByFlow() => _endedByFlow = true;

    /// <summary>Whether instance <paramref name="instanceId"/> (the bound one, or one the call is lent to) may use the call.</summary>
    public bool Serves(string instanceId) => InstanceId == instanceId || _lent.ContainsKey(instanceId);

    /// <summary>
    /// Lends the call to another instance (a flow an agent sends the caller into, e.g. PIN entry) until the handle is
    /// disposed: its call activities reach this call. Its end does not resume the bound instance; the lender waits for it.
    /// </summary>
    public IDisposable Lend(string instanceId)
    {
        _lent[instanceId] = 0;
        return new Lent(this, instanceId);
    }

    /// <summary>
    /// For an activity that has an outcome for the caller hanging up (Enqueue's Abandoned): until the handle is disposed,
    /// the call's end does not cancel the instance; the activity watches <see cref="ICallSession.Ended"/> itself and, taking
    /// that outcome, calls <see cref="MarkEndedByFlow"/>. A hang-up that came before the handle still cancels.
    /// </summary>
    public IDisposable TakeHangUp()
    {
        Interlocked.Increment(ref _hangUpTaken);
        return new HangUpTaken(this);
    }


    public void Dispose()
    {
        Call.HungUp -= OnHungUp;
        _owner.Remove(this);
        _cancelled.TrySetResult(null);
    }

    private void OnHungUp(ICallSession call, HangupInfo info)
    {
        if (_endedByFlow || Volatile.Read(ref _hangUpTaken) > 0) { _cancelled.TrySetResult(null); return; }
        _ = CancelAsync(info);
    }

    private async Task CancelAsync(HangupInfo info)
    {
        try
        {
            _logger.LogInformation("Call {CallId} ended ({Side}: {Cause}): cancelling instance {InstanceId}", Call.Id, info.Side, info.Cause, InstanceId);
            var result = await _runtime.CancelAsync(InstanceId).ConfigureAwait(false);
            _cancelled.TrySetResult(result);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Cancelling instance {InstanceId} after call {CallId} ended failed", InstanceId, Call.Id);
            _cancelled.TrySetResult(null);
        }
    }

    private sealed class HangUpTaken(CallBinding binding) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) Interlocked.Decrement(ref binding._hangUpTaken);
        }
    }

    private sealed class Lent(CallBinding binding, string instanceId) : IDisposable
    {
        public void Dispose() => binding._lent.TryRemove(instanceId, out _);
    }
}
