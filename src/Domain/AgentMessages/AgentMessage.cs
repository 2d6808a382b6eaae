namespace CallCenter.Domain.AgentMessages;

/// <summary>An internal message (站内短信) from a portal user to an agent, or to every agent (<see cref="ToAgentId"/> = "*").</summary>
public sealed class AgentMessage
{
    public const string Everyone = "*";

    public long Id { get; set; }
    /// <summary>The user name of the sender.</summary>
    public string From { get; set; } = "";
    public string ToAgentId { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTime SentAt { get; set; }
    public DateTime? ReadAt { get; set; }
}
