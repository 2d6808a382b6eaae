using CallCenter.Domain.Acd;

namespace CallCenter.Domain.Agents;

/// <summary>
/// One change of an agent's ACD status (append-only, table <c>agent_status_changes</c>); attendance and login
/// reports read these. The agent is kept by number (as text, like Asterisk's queue_log) so a row never fails to
/// insert and stays readable whatever happens to the agent's configuration later.
/// </summary>
public sealed class AgentStatusChange
{
    public long Id { get; set; }

    /// <summary>The agent number (工号).</summary>
    public string AgentNumber { get; set; } = "";

    public AgentStatus From { get; set; }

    public AgentStatus To { get; set; }

    /// <summary>Why, e.g. the NotReady reason (<c>break</c>, <c>meeting</c>, <c>no answer</c>); null when none.</summary>
    public string? Reason { get; set; }

    /// <summary>When (UTC). Left at default, the writer stamps it with its clock.</summary>
    public DateTime At { get; set; }
}
