using CallCenter.Engine.Validation;

namespace CallCenter.Engine.Execution;

/// <summary>The runnable flow (when valid) and every problem found.</summary>
public sealed record WorkflowCompilation(ExecutableWorkflow? Workflow, ValidationResult Validation);
