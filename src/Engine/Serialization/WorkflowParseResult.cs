using CallCenter.Engine.Models;

namespace CallCenter.Engine.Serialization;

/// <summary>A parsed definition, or why the JSON could not be read.</summary>
public sealed record WorkflowParseResult(WorkflowDefinition? Definition, string? Error)
{
    public bool Success => Definition is not null;
    public static WorkflowParseResult Ok(WorkflowDefinition definition) => new(definition, null);
    public static WorkflowParseResult Fail(string error) => new(null, error);
}
