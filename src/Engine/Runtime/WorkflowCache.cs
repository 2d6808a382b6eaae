using System.Collections.Concurrent;
using CallCenter.Engine.Execution;
using CallCenter.Engine.Persistence;

namespace CallCenter.Engine.Runtime;

/// <summary>Compiled definition versions (immutable, so cached for good) and which version of each is published.</summary>
public sealed class WorkflowCache(IDefinitionStore store, WorkflowCompiler compiler)
{
    private readonly ConcurrentDictionary<(string, int), ExecutableWorkflow> _compiled = new();
    private readonly ConcurrentDictionary<string, int> _published = new(StringComparer.Ordinal);

    public async ValueTask<ExecutableWorkflow?> GetAsync(string definitionId, int version, CancellationToken ct)
    {
        if (_compiled.TryGetValue((definitionId, version), out var hit)) return hit;
        var definition = await store.FindAsync(definitionId, version, ct).ConfigureAwait(false);
        return definition is null ? null : Add(definition);
    }

    public async ValueTask<ExecutableWorkflow?> GetPublishedAsync(string definitionId, CancellationToken ct)
    {
        if (_published.TryGetValue(definitionId, out var version)) return await GetAsync(definitionId, version, ct).ConfigureAwait(false);
        var definition = await store.FindPublishedAsync(definitionId, ct).ConfigureAwait(false);
        if (definition is null) return null;
        var workflow = Add(definition);
        _published[definitionId] = definition.Version;
        return workflow;
    }

    /// <summary>Compiles a draft for the simulator without keeping it (see <see cref="Execution.WorkflowCompiler.CompileForSimulation"/>).</summary>
    public Execution.WorkflowCompilation CompileForSimulation(Models.WorkflowDefinition definition) => compiler.CompileForSimulation(definition);

    /// <summary>Records a publish made in this process.</summary>
    public void SetPublished(ExecutableWorkflow workflow)
    {
        _compiled[(workflow.Definition.Id, workflow.Definition.Version)] = workflow;
        _published[workflow.Definition.Id] = workflow.Definition.Version;
    }

    /// <summary>Forgets which version of a deleted definition is published (compiled versions stay for instances still running on them).</summary>
    public void ForgetPublished(string definitionId) => _published.TryRemove(definitionId, out _);

    private ExecutableWorkflow Add(Models.WorkflowDefinition definition)
    {
        var compilation = compiler.Compile(definition);
        var workflow = compilation.Workflow
            ?? throw new InvalidOperationException($"Stored workflow '{definition.Id}' v{definition.Version} no longer compiles: {compilation.Validation}");
        return _compiled.GetOrAdd((definition.Id, definition.Version), workflow);
    }
}
