using CallCenter.Engine.Activities;
using CallCenter.Engine.Execution;
using CallCenter.Engine.Persistence;

namespace CallCenter.Engine.Validation;

/// <summary>
/// Refuses to publish a flow whose SubFlow names a flow that is not published: a missing menu is an error
/// in the designer, not an incident during a call. A flow may name itself (recursion is bounded at run time).
/// </summary>
public sealed class SubFlowReferenceValidator(IDefinitionStore definitions) : IWorkflowValidator
{
    public async ValueTask<IReadOnlyList<ValidationError>> ValidateAsync(ExecutableWorkflow workflow, CancellationToken ct)
    {
        List<ValidationError>? problems = null;
        foreach (var node in workflow.Nodes.Values)
        {
            if (node.Activity is not SubFlow subFlow) continue;
            var name = subFlow.Flow.Literal.Trim();
            if (name == workflow.Definition.Id) continue;
            if (await definitions.FindPublishedAsync(name, ct).ConfigureAwait(false) is null)
                (problems ??= []).Add(new ValidationError(node.Id, "flow", $"flow '{name}' is not published: publish it first"));
        }
        return problems ?? (IReadOnlyList<ValidationError>)[];
    }
}
