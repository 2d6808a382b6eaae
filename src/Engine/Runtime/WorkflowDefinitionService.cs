using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Execution;
using CallCenter.Engine.Models;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Serialization;
using CallCenter.Engine.Validation;

namespace CallCenter.Engine.Runtime;

/// <summary>
/// Saves drafts and publishes versions. Publishing validates first: an invalid definition is never
/// stored, and nothing already stored changes. Publishing indexes the start trigger.
/// </summary>
public sealed class WorkflowDefinitionService(
    IDefinitionStore store, WorkflowCompiler compiler, WorkflowCache cache, IEnumerable<IPublishListener> listeners, IEnumerable<IWorkflowValidator>? validators = null)
{
    private readonly IWorkflowValidator[] _validators = validators?.ToArray() ?? [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public ValidationResult Validate(WorkflowDefinition definition) => compiler.Validate(definition);

    /// <summary>What publishing would report: the compiler's problems and, when it compiles, those of every <see cref="IWorkflowValidator"/>.</summary>
    public async Task<ValidationResult> ValidateAsync(WorkflowDefinition definition, CancellationToken ct = default) =>
        (await CompileAndValidateAsync(WorkflowJson.Clone(definition), ct).ConfigureAwait(false)).Validation;

    private async Task<WorkflowCompilation> CompileAndValidateAsync(WorkflowDefinition definition, CancellationToken ct)
    {
        var compilation = compiler.Compile(definition);
        var problems = new List<ValidationError>(compilation.Validation.Problems);
        problems.AddRange(UnconnectedStarts(definition));
        if (compilation.Workflow is not null)
            foreach (var validator in _validators) problems.AddRange(await validator.ValidateAsync(compilation.Workflow, ct).ConfigureAwait(false));
        var validation = new ValidationResult(problems);
        return new WorkflowCompilation(validation.IsValid ? compilation.Workflow : null, validation);
    }

    // A required outcome: a Start whose Done leads nowhere while the drawing has other activities is an unfinished
    // flow (it would end at once and never run them). A lone Start stays a valid, deliberately empty flow.
    private static IEnumerable<ValidationError> UnconnectedStarts(WorkflowDefinition definition)
    {
        var root = definition.Root;
        if (root.Activities.Count < 2) yield break;
        foreach (var node in root.Activities)
        {
            if (!string.Equals(node.Type, nameof(Activities.Start), StringComparison.Ordinal) || string.IsNullOrEmpty(node.Id)) continue;
            if (!root.Connections.Any(c => c.Source == node.Id && c.Outcome == ActivityResult.Done.Outcome))
                yield return new ValidationError(node.Id, null, "the outcome Done is not connected: nothing follows the start, so the flow would end at once");
        }
    }

    /// <summary>Stores the definition as the latest draft (a new version after a published one).</summary>
    public async Task<PublishResult> SaveDraftAsync(WorkflowDefinition definition, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var copy = WorkflowJson.Clone(definition);
            copy.Version = await NextVersionAsync(copy.Id, ct).ConfigureAwait(false);
            copy.IsPublished = false;
            await store.SaveDraftAsync(copy, ct).ConfigureAwait(false);
            return new PublishResult(true, copy.Version, compiler.Validate(copy));
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<PublishResult> PublishAsync(WorkflowDefinition definition, CancellationToken ct = default)
    {
        var copy = WorkflowJson.Clone(definition);
        var compilation = await CompileAndValidateAsync(copy, ct).ConfigureAwait(false);
        if (compilation.Workflow is null) return new PublishResult(false, 0, compilation.Validation);
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            copy.Version = await NextVersionAsync(copy.Id, ct).ConfigureAwait(false);
            copy.IsPublished = true;
            var recompiled = compiler.Compile(copy).Workflow!;
            var triggers = TriggersOf(recompiled);
            await store.PublishAsync(copy, triggers, ct).ConfigureAwait(false);
            cache.SetPublished(recompiled);
            foreach (var listener in listeners) await listener.OnPublishedAsync(copy, triggers, ct).ConfigureAwait(false);
            return new PublishResult(true, copy.Version, compilation.Validation);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Removes a definition with all its versions and triggers; false when there was none. Checking that nothing still
    /// starts it (a routed number, a sub-flow caller) is the caller's job.
    /// </summary>
    public async Task<bool> DeleteAsync(string definitionId, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var deleted = await store.DeleteAsync(definitionId, ct).ConfigureAwait(false);
            cache.ForgetPublished(definitionId);
            return deleted;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Imports workflow JSON; broken JSON or an invalid flow yields errors and stores nothing.</summary>
    public async Task<PublishResult> ImportAsync(string json, bool publish, CancellationToken ct = default)
    {
        var parsed = WorkflowJson.Parse(json);
        if (!parsed.Success) return new PublishResult(false, 0, new ValidationResult([new ValidationError(null, null, parsed.Error!)]), parsed.Error);
        return publish ? await PublishAsync(parsed.Definition!, ct).ConfigureAwait(false) : await SaveDraftAsync(parsed.Definition!, ct).ConfigureAwait(false);
    }

    // A draft that was never published is replaced in place; after a published version comes a new number.
    private async Task<int> NextVersionAsync(string id, CancellationToken ct)
    {
        var latest = await store.GetLatestVersionAsync(id, ct).ConfigureAwait(false);
        if (latest == 0) return 1;
        var stored = await store.FindAsync(id, latest, ct).ConfigureAwait(false);
        return stored is { IsPublished: false } ? latest : latest + 1;
    }

    private static List<TriggerRecord> TriggersOf(ExecutableWorkflow workflow)
    {
        var list = new List<TriggerRecord>();
        if (workflow.Start.Activity is ITriggerActivity trigger)
            foreach (var key in trigger.GetTriggerKeys())
                list.Add(new TriggerRecord(workflow.Definition.Id, workflow.Definition.Version, workflow.Start.Id, key.Type, key.Key, key.Payload));
        return list;
    }
}
