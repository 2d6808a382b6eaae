using CallCenter.Engine.Execution;

namespace CallCenter.Engine.Validation;

/// <summary>
/// Validation that needs more than the definition itself (e.g. the prompt library or the queues in the
/// database): run at publish after the flow compiled; an error refuses the publish like any other.
/// </summary>
public interface IWorkflowValidator
{
    /// <summary>Problems of <paramref name="workflow"/>, each naming the activity and property it is about.</summary>
    ValueTask<IReadOnlyList<ValidationError>> ValidateAsync(ExecutableWorkflow workflow, CancellationToken ct);
}
