using System.Collections.Concurrent;
using CallCenter.Engine.Execution;
using CallCenter.Engine.Models;
using CallCenter.Engine.Simulation;
using Microsoft.Extensions.Logging;

namespace CallCenter.Engine.Runtime;

// Simulated runs (the designer's simulator): the instance keeps its simulation and the workflow it was started on
// (a draft is compiled for it alone, never put in the published cache) for its life in this process; a resumed run
// and the sub-flows it starts see the same simulation.
public sealed partial class WorkflowRuntime
{
    private readonly ConcurrentDictionary<string, (IFlowSimulation Simulation, ExecutableWorkflow Workflow)> _simulated = new(StringComparer.Ordinal);

    /// <summary>Instances being simulated in this process.</summary>
    public int SimulatedCount => _simulated.Count;

    public async Task<RunResult> SimulateAsync(WorkflowDefinition definition, StartOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (options?.Simulation is null) throw new ArgumentException("a simulated run needs StartOptions.Simulation", nameof(options));
        var compilation = _cache.CompileForSimulation(definition);
        if (compilation.Workflow is not { } workflow)
            return RunResult.Nothing(RunOutcome.NotFound, $"'{definition.Id}' v{definition.Version} does not compile: {compilation.Validation}");
        var isTrigger = workflow.Start.Activity is Abstractions.ITriggerActivity;
        var result = await StartCoreAsync(workflow, workflow.Start, isTrigger, options, default, ct).ConfigureAwait(false);
        await AfterRunAsync(result, notifyParent: true).ConfigureAwait(false);
        return result;
    }

    // The instance keeps its simulation and workflow from its first run on; a first run that saved nothing forgets them.
    private async Task<RunResult> RunSimulatedAsync(IFlowSimulation simulation, WorkflowInstance instance, ExecutableWorkflow workflow, Func<Task<RunResult>> run)
    {
        _simulated[instance.Id] = (simulation, workflow);
        var saved = false;
        try
        {
            var result = await run().ConfigureAwait(false);
            saved = result.Instance is not null;
            return result;
        }
        finally
        {
            if (!saved) EndSimulation(instance.Id);
        }
    }

    // The flow may see another time of day (the simulated clock): its timers wait their length on the engine's clock.
    private Bookmark OnEngineClock(Bookmark bookmark, WorkflowExecution execution)
    {
        if (execution.Simulation?.Clock is not { } clock || bookmark.ResumeAt is not { } at) return bookmark;
        var copy = bookmark.Clone();
        copy.ResumeAt = _time.GetUtcNow() + (at - clock.GetUtcNow());
        return copy;
    }

    /// <summary>
    /// Set (true) in every simulated instance's variables: a flow may test it, and a simulated instance whose simulation
    /// is gone (the process restarted while it waited on a timer) is cancelled when resumed rather than run for real —
    /// its activities with an external effect would otherwise really act.
    /// </summary>
    public const string SimulatedVariable = "simulated";

    private bool IsOrphanedSimulation(WorkflowInstance instance) =>
        SimulationOf(instance.Id) is null && instance.Variables.TryGetValue(SimulatedVariable, out var flag)
        && (flag is true || flag is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.True });

    private async Task<RunResult> EndOrphanedSimulationAsync(WorkflowInstance instance, ExecutableWorkflow workflow, CancellationToken ct)
    {
        _logger.LogInformation("Simulated instance {InstanceId} was resumed without its simulation (a restart): cancelled", instance.Id);
        var execution = NewExecution(instance, workflow, null, ct);
        WorkflowInterpreter.Finish(execution, WorkflowStatus.Cancelled);
        return await SaveAsync(execution, RunOutcome.Cancelled, ct).ConfigureAwait(false);
    }

    private IFlowSimulation? SimulationOf(string instanceId) => _simulated.TryGetValue(instanceId, out var run) ? run.Simulation : null;

    private ExecutableWorkflow? SimulatedWorkflow(string instanceId) => _simulated.TryGetValue(instanceId, out var run) ? run.Workflow : null;

    private void EndSimulation(string instanceId) => _simulated.TryRemove(instanceId, out _);
}
