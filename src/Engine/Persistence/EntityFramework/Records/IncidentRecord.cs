namespace CallCenter.Engine.Persistence.EntityFramework.Records;

/// <summary>An activity failure (table wf_incidents).</summary>
public sealed class IncidentRecord
{
    public long Id { get; set; }
    public string InstanceId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string Message { get; set; } = "";
    public string? ExceptionType { get; set; }
    public DateTime At { get; set; }
}
