namespace CallCenter.Engine.Persistence.EntityFramework.Records;

/// <summary>One activity execution (table wf_journal).</summary>
public sealed class JournalRecord
{
    public long Id { get; set; }
    public string InstanceId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public DateTime StartedAt { get; set; }
    public DateTime CompletedAt { get; set; }
    public string? Outcome { get; set; }
    public string? Error { get; set; }
}
