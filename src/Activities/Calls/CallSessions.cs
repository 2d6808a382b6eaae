using System.Collections.Concurrent;
using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Runtime;
using CallCenter.Telephony.Sessions;
using Microsoft.Extensions.Logging;

namespace CallCenter.Activities.Calls;

/// <summary>
/// The live calls of this process by call id, each bound to the workflow instance serving it. An instance
/// holds only the call id (variable <c>call_id</c>, also its correlation id), so it can be saved, unloaded
/// and reloaded (after a Delay, an Event) and still find its call here while the process lives.
/// </summary>
public sealed class CallSessions(IWorkflowRuntime runtime, TimeProvider time, ILogger<CallSessions> logger)
{
    /// <summary>How long a call activity that saw the call end waits for the instance's cancellation before faulting.</summary>
    public static readonly TimeSpan HangupGrace = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, CallBinding> _calls = new(StringComparer.Ordinal);

    public int Count => _calls.Count;

    /// <summary>Binds <paramref name="call"/> to instance <paramref name="instanceId"/> (start the instance with that id and the call's variables).</summary>
    public CallBinding Bind(ICallSession call, string instanceId)
    {
        var binding = new CallBinding(this, call, instanceId, runtime, logger);
        if (!_calls.TryAdd(call.Id, binding))
        {
            binding.Dispose();
            throw new InvalidOperationException($"Call {call.Id} is already bound to a workflow instance.");
        }
        return binding;
    }

    public CallBinding? Find(string callId) => _calls.GetValueOrDefault(callId);

    /// <summary>The binding of the call the running instance serves (variable <c>call_id</c>, else its correlation id), or null.</summary>
    public CallBinding? Find(ActivityContext context)
    {
        var callId = context.GetVariable(CallVariables.CallId)?.ToString() is { Length: > 0 } id ? id : context.CorrelationId;
        return callId is null ? null : Find(callId);
    }

    /// <summary>The trace of the call the running instance (or the sub-flow it runs in) serves, or null (a flow not started by a call).</summary>
    public CallTraceBuilder? TraceOf(ActivityContext context) =>
        Find(context) is { } binding && Serves(binding, context) ? binding.Trace : null;

    /// <summary>
    /// The live call of the running instance. Throws <see cref="NoLiveCallException"/> when there is none; when the
    /// caller has hung up, waits for the instance's cancellation (which interrupts this run) instead.
    /// </summary>
    public async ValueTask<ICallSession> RequireAsync(ActivityContext context)
    {
        var binding = Find(context);
        if (binding is null || !Serves(binding, context))
            throw new NoLiveCallException("this flow has no live call (it was not started by a call, or the call is over)");
        if (binding.Call.State == CallSessionState.Ended) throw await HungUpAsync(context, binding).ConfigureAwait(false);
        return binding.Call;
    }

    /// <summary>
    /// For an activity whose call ended under it: waits until the cancellation interrupts the run (throwing
    /// <see cref="OperationCanceledException"/>), or returns the exception to throw when the flow itself hung up
    /// or nothing cancels it within <see cref="HangupGrace"/>.
    /// </summary>
    public async ValueTask<Exception> HungUpAsync(ActivityContext context)
    {
        var binding = Find(context);
        return binding is null
            ? new NoLiveCallException("the call ended")
            : await HungUpAsync(context, binding).ConfigureAwait(false);
    }

    // A sub-flow (e.g. a shared main menu, the survey) serves the call of the top-level instance the call is bound to;
    // a flow the call is lent to (an agent's transfer into a flow) serves it too.
    private static bool Serves(CallBinding binding, ActivityContext context) =>
        binding.Serves(context.InstanceId) || binding.InstanceId == context.RootInstanceId;

    internal void Remove(CallBinding binding) => _calls.TryRemove(new KeyValuePair<string, CallBinding>(binding.Call.Id, binding));

    private async ValueTask<Exception> HungUpAsync(ActivityContext context, CallBinding binding)
    {
        if (binding.EndedByFlow) return new NoLiveCallException($"call {binding.Call.Id} was hung up by this flow");
        await Task.Delay(HangupGrace, time, context.CancellationToken).ConfigureAwait(false);
        return new NoLiveCallException($"call {binding.Call.Id} ended and the instance was not cancelled");
    }
}
