using System.Collections.Concurrent;
using CallCenter.Engine.Execution;
using CallCenter.Engine.Expressions;
using CallCenter.Engine.Models;
using CallCenter.Engine.Options;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Timers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Scriban.Runtime;

namespace CallCenter.Engine.Runtime;

/// <summary>
/// Runs instances: every run holds the instance's lock from load to save, so a bookmark resumed
/// twice at once runs once; the stored revision guards the same across nodes.
/// </summary>
public sealed partial class WorkflowRuntime : IWorkflowRuntime
{
    private readonly IDefinitionStore _definitions;
    private readonly IInstanceStore _instances;
    private readonly WorkflowCache _cache;
    private readonly IBookmarkScheduler _timers;
    private readonly ExpressionEngine _expressions;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _time;
    private readonly TimeZoneInfo _timeZone;
    private readonly EngineOptions _options;
    private readonly ILogger _logger;
    private readonly WorkflowInterpreter _interpreter;
    private readonly InstanceLocks _locks = new();
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);
    private readonly IRunListener[] _listeners;
    private readonly HotInstances _hot;

    public WorkflowRuntime(IDefinitionStore definitions, IInstanceStore instances, WorkflowCache cache, IBookmarkScheduler timers,
        ExpressionEngine expressions, IServiceProvider services, TimeProvider time, IOptions<EngineOptions> options, ILogger<WorkflowRuntime> logger, IEnumerable<IRunListener> listeners)
    {
        _listeners = listeners.ToArray();
        _definitions = definitions;
        _instances = instances;
        _cache = cache;
        _timers = timers;
        _expressions = expressions;
        _services = services;
        _time = time;
        _options = options.Value;
        _timeZone = _options.ResolveTimeZone();
        _logger = logger;
        _interpreter = new WorkflowInterpreter(_options.MaxStepsPerRun);
        _hot = new HotInstances(_options.HotInstanceCapacity);
    }

    public async Task<RunResult> StartAsync(string definitionId, StartOptions? options = null, CancellationToken ct = default)
    {
        var workflow = await _cache.GetPublishedAsync(definitionId, ct).ConfigureAwait(false);
        if (workflow is null) return RunResult.Nothing(RunOutcome.NotFound, $"no published workflow '{definitionId}'");
        // A trigger activity at the start (cron, event) never waits when the flow is started directly.
        var isTrigger = workflow.Start.Activity is Abstractions.ITriggerActivity;
        var result = await StartCoreAsync(workflow, workflow.Start, isTrigger, options, default, ct).ConfigureAwait(false);
        await AfterRunAsync(result, notifyParent: true).ConfigureAwait(false);
        return result;
    }

    public async Task<IReadOnlyList<RunResult>> StartByTriggerAsync(string triggerType, string key, StartOptions? options = null, CancellationToken ct = default)
    {
        var triggers = await _definitions.FindTriggersAsync(triggerType, key, ct).ConfigureAwait(false);
        var results = new List<RunResult>(triggers.Count);
        foreach (var trigger in triggers)
        {
            var workflow = await _cache.GetAsync(trigger.DefinitionId, trigger.Version, ct).ConfigureAwait(false);
            if (workflow is null || !workflow.Nodes.TryGetValue(trigger.ActivityId, out var node)) continue;
            // Several flows may share a trigger: each gets its own instance id.
            var perFlow = options is { InstanceId: not null } && triggers.Count > 1 ? options with { InstanceId = null } : options;
            var result = await StartCoreAsync(workflow, node, isTriggerStart: true, perFlow, default, ct).ConfigureAwait(false);
            await AfterRunAsync(result, notifyParent: true).ConfigureAwait(false);
            results.Add(result);
        }
        return results;
    }

    public async Task<RunResult> ResumeAsync(string bookmarkId, object? input = null, CancellationToken ct = default)
    {
        var bookmark = await _instances.FindBookmarkAsync(bookmarkId, ct).ConfigureAwait(false);
        if (bookmark is null) return RunResult.Nothing(RunOutcome.NotFound, $"no bookmark '{bookmarkId}' (already resumed, or the instance ended)");
        var result = await ResumeCoreAsync(bookmark.InstanceId, bookmarkId, input, ct).ConfigureAwait(false);
        await AfterRunAsync(result, notifyParent: true).ConfigureAwait(false);
        return result;
    }

    public async Task<IReadOnlyList<RunResult>> ResumeByStimulusAsync(string bookmarkType, string? correlationKey, object? input = null, CancellationToken ct = default)
    {
        var bookmarks = await _instances.FindBookmarksAsync(bookmarkType, correlationKey, ct).ConfigureAwait(false);
        var results = new List<RunResult>(bookmarks.Count);
        foreach (var bookmark in bookmarks)
        {
            var result = await ResumeCoreAsync(bookmark.InstanceId, bookmark.Id, input, ct).ConfigureAwait(false);
            await AfterRunAsync(result, notifyParent: true).ConfigureAwait(false);
            results.Add(result);
        }
        return results;
    }

    public async Task<RunResult> CancelAsync(string instanceId, CancellationToken ct = default)
    {
        var result = await CancelCoreAsync(instanceId, ct).ConfigureAwait(false);
        await AfterRunAsync(result, notifyParent: true).ConfigureAwait(false);
        return result;
    }

    private async Task<RunResult> CancelCoreAsync(string instanceId, CancellationToken ct)
    {
        var interrupted = _running.TryGetValue(instanceId, out var inFlight);
        if (interrupted) await inFlight!.CancelAsync().ConfigureAwait(false);
        using var held = await _locks.AcquireAsync(instanceId, ct).ConfigureAwait(false);
        _hot.Remove(instanceId);
        var instance = await _instances.LoadAsync(instanceId, ct).ConfigureAwait(false);
        if (instance is null) return RunResult.Nothing(RunOutcome.NotFound, $"no instance '{instanceId}'");
        // The interrupted run saved the instance as Cancelled itself: that is this request's doing.
        if (interrupted && instance.Status == WorkflowStatus.Cancelled) return new RunResult(RunOutcome.Cancelled, instance, []);
        if (instance.IsEnded) return new RunResult(RunOutcome.AlreadyHandled, instance, [], $"instance '{instanceId}' already ended as {instance.Status}");
        // A simulated draft is in no cache: its instance keeps the workflow it started on.
        var workflow = SimulatedWorkflow(instanceId) ?? await _cache.GetAsync(instance.DefinitionId, instance.Version, ct).ConfigureAwait(false);
        var execution = NewExecution(instance, workflow!, null, ct);
        WorkflowInterpreter.Finish(execution, WorkflowStatus.Cancelled);
        return await SaveAsync(execution, RunOutcome.Cancelled, ct).ConfigureAwait(false);
    }

    public Task<WorkflowInstance?> GetInstanceAsync(string instanceId, CancellationToken ct = default) => _instances.LoadAsync(instanceId, ct);

    public Task<IReadOnlyList<WorkflowInstance>> QueryInstancesAsync(InstanceQuery query, CancellationToken ct = default) => _instances.QueryAsync(query, ct);

    private async Task<RunResult> StartCoreAsync(ExecutableWorkflow workflow, ExecutableNode first, bool isTriggerStart, StartOptions? options,
        CancellationToken interrupt, CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        var instance = new WorkflowInstance
        {
            Id = options?.InstanceId ?? Guid.CreateVersion7().ToString("N"),
            DefinitionId = workflow.Definition.Id,
            Version = workflow.Definition.Version,
            CorrelationId = options?.CorrelationId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        foreach (var (name, value) in workflow.VariableDefaults) instance.Variables[name] = value;
        if (options?.Variables is { } variables)
            foreach (var (name, value) in variables) instance.Variables[name] = value;
        if (options?.Simulation is not null) instance.Variables[SimulatedVariable] = true;
        using var held = await _locks.AcquireAsync(instance.Id, ct).ConfigureAwait(false);
        // A caller-chosen id (e.g. a call id) may be started twice; run once, not twice and then discard.
        if (options?.InstanceId is not null && await _instances.LoadAsync(instance.Id, ct).ConfigureAwait(false) is { } existing)
            return new RunResult(RunOutcome.AlreadyHandled, existing, [], $"instance '{instance.Id}' already exists");
        if (options?.Simulation is null)
            return await RunAsync(instance, workflow, first, null, options?.Input, isTriggerStart, RunOutcome.Started, ct, interrupt).ConfigureAwait(false);
        return await RunSimulatedAsync(options.Simulation, instance, workflow,
            () => RunAsync(instance, workflow, first, null, options.Input, isTriggerStart, RunOutcome.Started, ct, interrupt)).ConfigureAwait(false);
    }

    private async Task<RunResult> ResumeCoreAsync(string instanceId, string bookmarkId, object? input, CancellationToken ct)
    {
        using var held = await _locks.AcquireAsync(instanceId, ct).ConfigureAwait(false);
        if (_hot.Take(instanceId) is { } hot)
        {
            var result = await ResumeLoadedAsync(hot, bookmarkId, input, ct).ConfigureAwait(false);
            // Another node changed it since this process saved it: start again from the stored state.
            if (result.Outcome != RunOutcome.Conflict) return result;
        }
        var instance = await _instances.LoadAsync(instanceId, ct).ConfigureAwait(false);
        return await ResumeLoadedAsync(instance, bookmarkId, input, ct).ConfigureAwait(false);
    }

    private async Task<RunResult> ResumeLoadedAsync(WorkflowInstance? instance, string bookmarkId, object? input, CancellationToken ct)
    {
        var instanceId = instance?.Id;
        if (instance is null) return RunResult.Nothing(RunOutcome.NotFound, $"no instance '{instanceId}'");
        var bookmark = instance.Bookmarks.Find(b => b.Id == bookmarkId);
        if (bookmark is null) return new RunResult(RunOutcome.AlreadyHandled, instance, [], $"bookmark '{bookmarkId}' was already resumed");
        var workflow = SimulatedWorkflow(instance.Id) ?? await _cache.GetAsync(instance.DefinitionId, instance.Version, ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"instance {instanceId} runs '{instance.DefinitionId}' v{instance.Version}, which is no longer stored");
        instance.Bookmarks.Remove(bookmark);
        if (IsOrphanedSimulation(instance)) return await EndOrphanedSimulationAsync(instance, workflow, ct).ConfigureAwait(false);
        var node = workflow.Nodes[bookmark.ActivityId];
        return await RunAsync(instance, workflow, node, bookmark, input, false, RunOutcome.Resumed, ct).ConfigureAwait(false);
    }

    private async Task<RunResult> RunAsync(WorkflowInstance instance, ExecutableWorkflow workflow, ExecutableNode first, Bookmark? resumed,
        object? input, bool isTriggerStart, RunOutcome outcome, CancellationToken ct, CancellationToken interrupt = default)
    {
        // interrupt (a parent's run starting this child inline) cancels the run like CancelAsync does: the instance is saved Cancelled.
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct, interrupt);
        _running[instance.Id] = cts;
        var execution = NewExecution(instance, workflow, input, cts.Token);
        if (resumed is { ResumeAt: not null }) execution.RemovedBookmarks.Add(resumed);
        try
        {
            await _interpreter.RunAsync(execution, first, resumed, isTriggerStart).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            WorkflowInterpreter.Finish(execution, WorkflowStatus.Cancelled);
            outcome = RunOutcome.Cancelled;
        }
        finally
        {
            _running.TryRemove(new KeyValuePair<string, CancellationTokenSource>(instance.Id, cts));
        }
        return await SaveAsync(execution, outcome, ct).ConfigureAwait(false);
    }

    private WorkflowExecution NewExecution(WorkflowInstance instance, ExecutableWorkflow workflow, object? input, CancellationToken ct)
    {
        var info = new ScriptObject(5)
        {
            ["id"] = workflow.Definition.Id,
            ["name"] = workflow.Definition.Name,
            ["version"] = workflow.Definition.Version,
            ["instance_id"] = instance.Id,
            ["correlation_id"] = instance.CorrelationId,
        };
        var simulation = SimulationOf(instance.Id);
        var time = simulation?.Clock ?? _time;
        var scope = new ExpressionScope(instance.Variables, info, () => TimeZoneInfo.ConvertTime(time.GetUtcNow(), _timeZone).DateTime) { Input = input };
        return new WorkflowExecution
        {
            Instance = instance,
            Workflow = workflow,
            Scope = scope,
            Expressions = _expressions,
            Services = _services,
            Time = time,
            TimeZone = _timeZone,
            Simulation = simulation,
            Logger = _logger,
            CancellationToken = ct,
            JournalEnabled = _options.JournalEnabled,
        };
    }

    private async Task<RunResult> SaveAsync(WorkflowExecution execution, RunOutcome outcome, CancellationToken ct)
    {
        var instance = execution.Instance;
        instance.UpdatedAt = _time.GetUtcNow();
        try
        {
            await _instances.SaveAsync(instance, execution.Journal, execution.Incidents, ct).ConfigureAwait(false);
        }
        catch (WorkflowConcurrencyException ex)
        {
            _hot.Remove(instance.Id);
            _logger.LogWarning("Run of instance {InstanceId} discarded: {Reason}", instance.Id, ex.Message);
            return RunResult.Nothing(RunOutcome.Conflict, ex.Message);
        }
        _hot.Keep(instance);
        if (instance.IsEnded) EndSimulation(instance.Id);
        foreach (var bookmark in execution.RemovedBookmarks)
            if (bookmark.ResumeAt is not null) await _timers.UnscheduleAsync(bookmark, ct).ConfigureAwait(false);
        foreach (var bookmark in execution.NewBookmarks)
            if (bookmark.ResumeAt is not null && instance.Bookmarks.Contains(bookmark)) await _timers.ScheduleAsync(OnEngineClock(bookmark, execution), ct).ConfigureAwait(false);
        var result = new RunResult(outcome, instance, execution.Incidents) { SubFlows = SubFlowFollowUp.Of(execution) };
        foreach (var listener in _listeners)
        {
            try
            {
                await listener.OnRunSavedAsync(result, ct).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Run listener {Listener} failed for instance {InstanceId}", listener.GetType().Name, instance.Id);
            }
        }
        return result;
    }
}
