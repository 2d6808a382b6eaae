using CallCenter.Engine.Models;

namespace CallCenter.Engine.Persistence;

/// <summary>Filters for listing instances; newest first.</summary>
public sealed record InstanceQuery(string? DefinitionId = null, WorkflowStatus? Status = null, string? CorrelationId = null, int Skip = 0, int Take = 100);
