using CallCenter.Activities.Calls.Inbound;
using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Simulation;
using CallCenter.Telephony.Sessions;

namespace CallCenter.Activities.Calls.Simulation;

/// <summary>
/// Runs a flow — a draft or any version — for a <see cref="SimulatedCall"/> the way <see cref="IvrCallHandler"/> runs a
/// published flow for a real call: the flow is bound to the call (its activities find it), starts with the call's
/// variables (the simulated caller number, the simulated time), lasts until its instance ends, and the call is hung up
/// then if still up. Nothing is traced into the call records: a simulation is not a call.
/// </summary>
public sealed class CallSimulator(IWorkflowRuntime runtime, CallSessions sessions, CallFlowWatcher flows, TimeProvider time)
{
    /// <summary>
    /// Runs <paramref name="definition"/> for <paramref name="call"/> under <paramref name="simulation"/> until the flow
    /// ends; returns the last run (<see cref="RunOutcome.NotFound"/> with the errors when the definition does not compile).
    /// </summary>
    public async Task<RunResult> RunAsync(WorkflowDefinition definition, SimulatedCall call, IFlowSimulation simulation)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(call);
        var instanceId = Guid.CreateVersion7().ToString("N");
        var ended = flows.WatchAsync(instanceId);
        try
        {
            using var binding = sessions.Bind(call, instanceId);
            call.Trace = binding.Trace;
            var now = (simulation.Clock ?? time).GetUtcNow();
            var start = new StartOptions(CallVariables.Of(call, now), CorrelationId: call.Id, InstanceId: instanceId, Simulation: simulation);
            var result = await runtime.SimulateAsync(definition, start, CancellationToken.None).ConfigureAwait(false);
            if (result.Instance is { IsEnded: false }) result = await ended.ConfigureAwait(false);
            // The caller's hang-up cancelled the instance: let that finish before the binding goes.
            if (call.State == CallSessionState.Ended && !binding.EndedByFlow) await binding.Cancellation.ConfigureAwait(false);
            return result;
        }
        finally
        {
            flows.Forget(instanceId);
            if (call.State != CallSessionState.Ended) await call.HangUpAsync("the flow ended", ct: CancellationToken.None).ConfigureAwait(false);
        }
    }
}
