using CallCenter.Engine.Models;

namespace CallCenter.Engine.Persistence.EntityFramework.Records;

/// <summary>A stored instance (table wf_instances); variables and join state as JSON.</summary>
public sealed class InstanceRecord
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    public WorkflowStatus Status { get; set; }
    public string? CorrelationId { get; set; }
    public string VariablesJson { get; set; } = "{}";
    public string? JoinsJson { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public string? FaultMessage { get; set; }
    public long Revision { get; set; }
}
