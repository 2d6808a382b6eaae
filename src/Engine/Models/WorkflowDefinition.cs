namespace CallCenter.Engine.Models;

/// <summary>A versioned workflow: variables and a root flowchart. Its JSON form is the import/export format.</summary>
public sealed class WorkflowDefinition
{
    /// <summary>The JSON schema version this engine writes.</summary>
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public int Version { get; set; }
    public bool IsPublished { get; set; }
    /// <summary>Who saved or published this version (the signed-in user's name); optional, kept in the JSON.</summary>
    public string? ChangedBy { get; set; }
    /// <summary>The publish note of this version ("what changed"); optional, kept in the JSON.</summary>
    public string? Note { get; set; }
    public List<VariableDefinition> Variables { get; set; } = [];
    public Flowchart Root { get; set; } = new();
}
