using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Descriptors;
using CallCenter.Engine.Models;
using CallCenter.Engine.Simulation;
using Microsoft.Extensions.Logging;

namespace CallCenter.Engine.Execution;

/// <summary>
/// Runs a flowchart: executes scheduled activities one at a time, follows the connections of each
/// outcome (forks when one outcome has several targets, loops when a connection points back),
/// waits at wait-all joins, and stops when nothing is scheduled: suspended if bookmarks remain,
/// finished otherwise. Activity exceptions become incidents and take the Error outcome when connected.
/// </summary>
internal sealed class WorkflowInterpreter(int maxStepsPerRun)
{
    /// <summary>The journal outcome of an activity interrupted by a cancellation.</summary>
    public const string CancelledOutcome = "Cancelled";

    public async ValueTask RunAsync(WorkflowExecution execution, ExecutableNode first, Bookmark? resumed, bool isTriggerStart)
    {
        var instance = execution.Instance;
        instance.Status = WorkflowStatus.Running;
        var queue = new Queue<ExecutableNode>();
        var steps = 0;
        var node = first;
        var resuming = resumed;
        var triggerStart = isTriggerStart;
        while (true)
        {
            if (++steps > maxStepsPerRun)
            {
                Fault(execution, node, $"more than {maxStepsPerRun} activities ran without waiting: is there a loop without a wait?", null);
                return;
            }
            execution.CancellationToken.ThrowIfCancellationRequested();
            var context = new ActivityContext(execution, node, resuming, triggerStart);
            var started = execution.Time.GetUtcNow();
            ActivityResult result;
            try
            {
                result = execution.Simulation is { } simulation
                    ? await SimulateAsync(execution, simulation, node, context, resuming).ConfigureAwait(false)
                    : resuming is null
                        ? await node.Activity.ExecuteAsync(context).ConfigureAwait(false)
                        : await node.Activity.ResumeAsync(context).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (execution.CancellationToken.IsCancellationRequested)
            {
                // The journal says where the instance was when it was cancelled (e.g. the caller hung up mid-menu).
                Journal(execution, node, started, CancelledOutcome, null);
                throw;
            }
            catch (Exception ex)
            {
                var message = $"{node.Descriptor.TypeName} '{node.Id}' failed: {ex.Message}";
                execution.Incidents.Add(new Incident(instance.Id, node.Id, node.Descriptor.TypeName, message, ex.GetType().FullName, execution.Time.GetUtcNow()));
                Journal(execution, node, started, ActivityDescriptor.ErrorOutcome, ex.Message);
                execution.Logger.LogWarning(ex, "Activity {ActivityId} of instance {InstanceId} failed", node.Id, instance.Id);
                var onError = node.NextFor(ActivityDescriptor.ErrorOutcome);
                if (onError.Length == 0)
                {
                    Fault(execution, node, message, null);
                    return;
                }
                Schedule(execution, queue, node, ActivityDescriptor.ErrorOutcome, onError);
                if (!Next(queue, ref node, ref resuming, ref triggerStart)) break;
                continue;
            }
            if (!Follow(execution, queue, node, result, started)) return;
            if (!Next(queue, ref node, ref resuming, ref triggerStart)) break;
        }
        instance.Status = instance.Bookmarks.Count > 0 ? WorkflowStatus.Suspended : WorkflowStatus.Finished;
        if (instance.Status == WorkflowStatus.Finished) instance.FinishedAt = execution.Time.GetUtcNow();
    }

    // A simulated step: reported to the simulator; an activity with an external effect takes the outcome it chooses.
    private static async ValueTask<ActivityResult> SimulateAsync(WorkflowExecution execution, IFlowSimulation simulation, ExecutableNode node,
        ActivityContext context, Bookmark? resuming)
    {
        var step = new SimulatedStep(execution.Instance.Id, execution.Workflow.Definition.Id, node.Id, node.Descriptor.TypeName, OutcomesOf(node));
        simulation.StepStarted(step);
        if (resuming is not null) return await node.Activity.ResumeAsync(context).ConfigureAwait(false);
        if (!node.Descriptor.HasExternalEffect) return await node.Activity.ExecuteAsync(context).ConfigureAwait(false);
        var outcome = await simulation.ChooseOutcomeAsync(step, execution.CancellationToken).ConfigureAwait(false);
        if (!step.Outcomes.Contains(outcome)) throw new InvalidOperationException($"the simulator chose '{outcome}', which is not an outcome of {node.Descriptor.TypeName}");
        return ActivityResult.FromOutcome(outcome);
    }

    private static IReadOnlyList<string> OutcomesOf(ExecutableNode node)
    {
        var outcomes = new List<string>(node.Activity.GetDynamicOutcomes() ?? node.Descriptor.Outcomes);
        if (!outcomes.Contains(ActivityDescriptor.ErrorOutcome)) outcomes.Add(ActivityDescriptor.ErrorOutcome);
        return outcomes;
    }

    private static bool Next(Queue<ExecutableNode> queue, ref ExecutableNode node, ref Bookmark? resuming, ref bool triggerStart)
    {
        resuming = null;
        triggerStart = false;
        return queue.TryDequeue(out node!);
    }

    /// <summary>Applies a result; false when the run must stop now (the workflow finished).</summary>
    private static bool Follow(WorkflowExecution execution, Queue<ExecutableNode> queue, ExecutableNode node, ActivityResult result, DateTimeOffset started)
    {
        if (result.FinishesWorkflow)
        {
            Journal(execution, node, started, null, null);
            queue.Clear();
            Finish(execution, WorkflowStatus.Finished);
            return false;
        }
        if (result.Bookmark is { } request)
        {
            Journal(execution, node, started, "Suspended", null);
            var bookmark = new Bookmark
            {
                Id = Guid.CreateVersion7().ToString("N"),
                InstanceId = execution.Instance.Id,
                ActivityId = node.Id,
                Type = request.Type,
                CorrelationKey = request.CorrelationKey,
                ResumeAt = request.ResumeAt,
                Payload = request.Payload,
                CreatedAt = execution.Time.GetUtcNow(),
            };
            execution.Instance.Bookmarks.Add(bookmark);
            execution.NewBookmarks.Add(bookmark);
            return true;
        }
        if (result.Outcome is { } outcome)
        {
            Journal(execution, node, started, outcome, null);
            Schedule(execution, queue, node, outcome, node.NextFor(outcome));
        }
        else if (result.Outcomes is { } outcomes)
        {
            Journal(execution, node, started, string.Join(",", outcomes), null);
            foreach (var o in outcomes) Schedule(execution, queue, node, o, node.NextFor(o));
        }
        else
        {
            Journal(execution, node, started, null, null);
        }
        return true;
    }

    private static void Schedule(WorkflowExecution execution, Queue<ExecutableNode> queue, ExecutableNode source, string outcome, ExecutableNode[] targets)
    {
        foreach (var target in targets)
        {
            if (target.WaitAllInbound is { } required)
            {
                var arrivals = execution.Instance.JoinArrivals;
                if (!arrivals.TryGetValue(target.Id, out var arrived)) arrivals[target.Id] = arrived = [];
                var key = $"{source.Id}/{outcome}";
                if (!arrived.Contains(key)) arrived.Add(key);
                if (!required.All(arrived.Contains)) continue;
                arrivals.Remove(target.Id);
            }
            queue.Enqueue(target);
        }
    }

    private static void Journal(WorkflowExecution execution, ExecutableNode node, DateTimeOffset started, string? outcome, string? error)
    {
        if (!execution.JournalEnabled && execution.Simulation is null) return;
        var entry = new JournalEntry(execution.Instance.Id, node.Id, node.Descriptor.TypeName, started, execution.Time.GetUtcNow(), outcome, error);
        if (execution.JournalEnabled) execution.Journal.Add(entry);
        execution.Simulation?.StepEnded(entry, new Dictionary<string, object?>(execution.Instance.Variables, StringComparer.Ordinal));
    }

    private static void Fault(WorkflowExecution execution, ExecutableNode node, string message, Exception? ex)
    {
        execution.Instance.FaultMessage = message;
        if (ex is not null || execution.Incidents.Count == 0 || execution.Incidents[^1].Message != message)
            execution.Incidents.Add(new Incident(execution.Instance.Id, node.Id, node.Descriptor.TypeName, message, ex?.GetType().FullName, execution.Time.GetUtcNow()));
        Finish(execution, WorkflowStatus.Faulted);
    }

    /// <summary>Ends the instance: every remaining bookmark goes (their timers with them).</summary>
    internal static void Finish(WorkflowExecution execution, WorkflowStatus status)
    {
        var instance = execution.Instance;
        execution.RemovedBookmarks.AddRange(instance.Bookmarks);
        instance.Bookmarks.Clear();
        instance.JoinArrivals.Clear();
        instance.Status = status;
        instance.FinishedAt = execution.Time.GetUtcNow();
    }
}
