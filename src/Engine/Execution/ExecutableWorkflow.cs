using CallCenter.Engine.Models;

namespace CallCenter.Engine.Execution;

/// <summary>A definition version bound to activity objects and compiled scripts, shared by all its instances.</summary>
public sealed class ExecutableWorkflow
{
    internal ExecutableWorkflow(WorkflowDefinition definition, IReadOnlyDictionary<string, ExecutableNode> nodes, ExecutableNode start, IReadOnlyList<KeyValuePair<string, object?>> defaults)
    {
        Definition = definition;
        Nodes = nodes;
        Start = start;
        VariableDefaults = defaults;
    }

    public WorkflowDefinition Definition { get; }
    public IReadOnlyDictionary<string, ExecutableNode> Nodes { get; }
    public ExecutableNode Start { get; }
    public IReadOnlyList<KeyValuePair<string, object?>> VariableDefaults { get; }
}
