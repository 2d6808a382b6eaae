using CallCenter.Activities.Prompts;
using CallCenter.Domain.Numbers;
using CallCenter.Domain.Routing;
using CallCenter.Engine.Models;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Runtime;
using CallCenter.Telephony.Sessions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCenter.Activities.Calls.Inbound;

/// <summary>
/// Inbound calls to service numbers: the route (data, <see cref="InboundRouteResolver"/>) names the flow, whose
/// latest published version runs bound to the call until it ends; the call is then hung up if still up. A call
/// to a number in <see cref="IvrOptions.ServiceNumbers"/> without a route hears "number not in service" and is
/// hung up; other unrouted numbers are declined (they go on to the extensions, else 404).
/// </summary>
public sealed class IvrCallHandler(
    InboundRouteResolver routes,
    NumberNormalizer numbers,
    IWorkflowRuntime runtime,
    CallSessions sessions,
    CallFlowWatcher flows,
    IOptions<IvrOptions> options,
    TimeProvider time,
    ILogger<IvrCallHandler> logger,
    IInstanceStore instances,
    ICallTraceSink traces,
    IPromptProvider? prompts = null) : IIncomingCallHandler
{
    // More sub-flow runs than this in one call is a loop gone wrong; the trace keeps the newest.
    private const int MaxSubFlowsTraced = 50;

    public async ValueTask<bool> AcceptsAsync(string called, string caller, CancellationToken ct) =>
        IsServiceNumber(called) || await routes.ResolveAsync(called, caller, ct).ConfigureAwait(false) is not null;

    public async Task HandleAsync(ICallSession call, CancellationToken ct)
    {
        var route = await routes.ResolveAsync(call.Called, call.Caller, ct).ConfigureAwait(false);
        if (route is null)
        {
            logger.LogWarning("Call {CallId} from {Caller} to {Called}: number not in service (no route)", call.Id, call.Caller, call.Called);
            await NotInServiceAsync(call, ct).ConfigureAwait(false);
            return;
        }
        // Gone while the route was looked up: nothing to run for.
        if (call.State == CallSessionState.Ended) return;
        var instanceId = Guid.CreateVersion7().ToString("N");
        var ended = flows.WatchAsync(instanceId);
        try
        {
            using var binding = sessions.Bind(call, instanceId);
            var start = new StartOptions(CallVariables.Of(call, time.GetUtcNow()), CorrelationId: call.Id, InstanceId: instanceId);
            // Not the call's token: the call's end cancels the instance through the binding, which journals where it was.
            var result = await runtime.StartAsync(route.WorkflowDefinitionId, start, CancellationToken.None).ConfigureAwait(false);
            if (result.Outcome == RunOutcome.NotFound)
            {
                logger.LogError("Call {CallId} to {Called}: route {RouteId} names flow '{Flow}', which is not published", call.Id, call.Called, route.Id, route.WorkflowDefinitionId);
                await NotInServiceAsync(call, ct).ConfigureAwait(false);
                return;
            }
            logger.LogInformation("Call {CallId} from {Caller} to {Called} runs flow {Flow} v{Version} as instance {InstanceId}",
                call.Id, call.Caller, call.Called, route.WorkflowDefinitionId, result.Instance?.Version, instanceId);
            // A flow that waits (a Delay, an Event) goes on in later runs: the call lasts until the instance ends.
            if (result.Instance is { IsEnded: false }) await ended.ConfigureAwait(false);
            // The call's end cancelled the instance: let that finish before the binding goes.
            if (call.State == CallSessionState.Ended && !binding.EndedByFlow) await binding.Cancellation.ConfigureAwait(false);
            await StoreTraceAsync(call, binding, route.WorkflowDefinitionId, result.Instance?.Version ?? 0).ConfigureAwait(false);
        }
        finally
        {
            flows.Forget(instanceId);
        }
        if (call.State != CallSessionState.Ended) await call.HangUpAsync("the flow ended", ct: CancellationToken.None).ConfigureAwait(false);
    }

    // The flow is over, so its journal is saved: indexed reads give the exact path — the call's instance and the
    // sub-flows it ran (they share the call's id as correlation id) — joined to what the binding collected.
    private async Task StoreTraceAsync(ICallSession call, CallBinding binding, string flow, int version)
    {
        try
        {
            var journal = new List<JournalEntry>(await instances.GetJournalAsync(binding.InstanceId, CancellationToken.None).ConfigureAwait(false));
            var subFlows = new Dictionary<string, string>(StringComparer.Ordinal);
            var related = await instances.QueryAsync(new InstanceQuery(CorrelationId: call.Id, Take: MaxSubFlowsTraced), CancellationToken.None).ConfigureAwait(false);
            foreach (var child in related)
            {
                // Sub-flows of the call's flow, and flows an agent sent the caller into: every other instance of the call.
                if (child.Id == binding.InstanceId) continue;
                subFlows[child.Id] = child.DefinitionId;
                journal.AddRange(await instances.GetJournalAsync(child.Id, CancellationToken.None).ConfigureAwait(false));
            }
            await traces.WriteAsync(binding.Trace.Build(call.Id, binding.InstanceId, flow, version, journal, subFlows, time.GetUtcNow()), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Call {CallId}: the trace of instance {InstanceId} could not be stored", call.Id, binding.InstanceId);
        }
    }

    private bool IsServiceNumber(string called)
    {
        var number = numbers.Normalize(called);
        if (number.Length == 0) return false;
        foreach (var pattern in options.Value.ServiceNumbers.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            if (NumberPattern.Matches(pattern, number)) return true;
        return false;
    }

    private async Task NotInServiceAsync(ICallSession call, CancellationToken ct)
    {
        var o = options.Value;
        try
        {
            if (prompts is null) throw new InvalidOperationException("no prompt provider is configured");
            var prompt = await prompts.GetAsync(o.NotInServicePrompt, ct).ConfigureAwait(false)
                ?? await prompts.SpeakAsync(o.NotInServiceText, o.NotInServiceVoice, ct).ConfigureAwait(false);
            await call.PlayAsync([prompt], bargeIn: false, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Call {CallId}: the not-in-service notice could not be played", call.Id);
        }
        if (call.State != CallSessionState.Ended) await call.HangUpAsync("number not in service", ct: CancellationToken.None).ConfigureAwait(false);
    }
}
