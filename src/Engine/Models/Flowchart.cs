namespace CallCenter.Engine.Models;

/// <summary>Activities and the connections between their outcomes.</summary>
public sealed class Flowchart
{
    /// <summary>Optional explicit start; otherwise the one activity with no inbound connection.</summary>
    public string? StartActivityId { get; set; }
    public List<ActivityNode> Activities { get; set; } = [];
    public List<Connection> Connections { get; set; } = [];
}
