namespace CallCenter.Engine.Persistence.EntityFramework.Records;

/// <summary>A stored definition version (table wf_definitions).</summary>
public sealed class DefinitionRecord
{
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    public string Name { get; set; } = "";
    public bool IsPublished { get; set; }
    public string Json { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
