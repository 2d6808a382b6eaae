namespace CallCenter.Engine.Persistence;

/// <summary>Another run saved the instance first; this run's changes were not stored.</summary>
public sealed class WorkflowConcurrencyException(string instanceId)
    : Exception($"Instance {instanceId} was changed by another run")
{
    public string InstanceId { get; } = instanceId;
}
