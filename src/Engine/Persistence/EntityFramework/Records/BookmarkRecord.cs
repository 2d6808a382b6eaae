namespace CallCenter.Engine.Persistence.EntityFramework.Records;

/// <summary>A stored bookmark (table wf_bookmarks), indexed by (type, correlation key).</summary>
public sealed class BookmarkRecord
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string Type { get; set; } = "";
    public string CorrelationKey { get; set; } = "";
    public DateTime? ResumeAt { get; set; }
    public string? Payload { get; set; }
    public DateTime CreatedAt { get; set; }
}
