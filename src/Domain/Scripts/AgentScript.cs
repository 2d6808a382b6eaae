namespace CallCenter.Domain.Scripts;

/// <summary>
/// A call script (话术): what the agent says, as a Scriban template filled with the caller's data — e.g.
/// <c>{{ customer.name }}您好，我是{{ agent.name }}</c>. <see cref="Queue"/> limits it to calls of one queue (null: every call).
/// </summary>
public sealed class AgentScript
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? Queue { get; set; }
    public string Template { get; set; } = "";
    public int SortOrder { get; set; }
    public DateTime UpdatedAt { get; set; }
}
