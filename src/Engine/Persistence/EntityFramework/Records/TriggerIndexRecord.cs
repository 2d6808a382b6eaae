namespace CallCenter.Engine.Persistence.EntityFramework.Records;

/// <summary>An indexed start trigger of a published version (table wf_triggers), looked up by (type, key).</summary>
public sealed class TriggerIndexRecord
{
    public long Id { get; set; }
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    public string ActivityId { get; set; } = "";
    public string Type { get; set; } = "";
    public string Key { get; set; } = "";
    public string? Payload { get; set; }
}
