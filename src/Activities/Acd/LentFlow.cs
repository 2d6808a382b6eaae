using CallCenter.Activities.Calls;
using CallCenter.Domain.Texts;
using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Acd;

/// <summary>
/// 座席按键转应用: an agent sends the caller through a published flow (e.g. PIN entry) while they hold (hearing the
/// queue's music); the call is lent to the flow's instance, which runs to its end, and the variables it sets whose
/// names start with <c>result</c> (e.g. <c>result_verified</c>) come back to the agent — never the keys themselves. A
/// flow that waits (a delay, an event) is cancelled; the caller hanging up cancels it.
/// </summary>
internal static class LentFlow
{
    public const string ResultPrefix = "result";

    public static async Task<(bool Ok, UserMessage Message, IReadOnlyDictionary<string, object?>? Result)> RunAsync(
        ActivityContext context, ICallSession call, CallBinding binding, ICallSession agentLeg, AudioPrompt music, string flowId)
    {
        var runtime = context.Services.GetRequiredService<IWorkflowRuntime>();
        var childId = Guid.CreateVersion7().ToString("N");
        using var lent = binding.Lend(childId);
        RunResult run;
        using (var holding = new CancellationTokenSource())
        {
            var playing = agentLeg.PlayAsync(HoldMusic.Loop(music), bargeIn: false, holding.Token);
            using var hangUp = call.Ended.Register(() => _ = runtime.CancelAsync(childId));
            try
            {
                run = await runtime.StartAsync(flowId, new StartOptions(new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    [CallVariables.CallId] = call.Id,
                    [CallVariables.Caller] = call.Caller,
                    [CallVariables.Called] = call.Called,
                }, CorrelationId: call.Id, InstanceId: childId), CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                await holding.CancelAsync().ConfigureAwait(false);
                await playing.ConfigureAwait(false);
            }
        }
        if (run.Outcome == RunOutcome.NotFound) return (false, UserMessage.Of($"there is no published flow '{flowId}'"), null);
        if (run.Instance is not { } instance) return (false, run.Message is { } why ? why : UserMessage.Of($"flow '{flowId}' did not run"), null);
        if (!instance.IsEnded)
        {
            await runtime.CancelAsync(childId).ConfigureAwait(false);
            return (false, UserMessage.Of($"flow '{flowId}' waited for a timer or an event and was cancelled"), null);
        }
        var result = instance.Variables.Where(v => v.Key.StartsWith(ResultPrefix, StringComparison.Ordinal))
            .ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        return (instance.Status == WorkflowStatus.Finished, UserMessage.Of($"flow {flowId}: {instance.Status}"), result);
    }
}
