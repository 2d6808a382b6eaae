namespace CallCenter.Engine.Models;

/// <summary>The life cycle of a workflow instance.</summary>
public enum WorkflowStatus
{
    Running,
    Suspended,
    Finished,
    Cancelled,
    Faulted,
}
