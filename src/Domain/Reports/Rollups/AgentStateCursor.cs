using CallCenter.Domain.Acd;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// The state an agent was left in by the last folded <c>agent_status_changes</c> row and since when (table
/// <c>report_agent_state_cursors</c>): where the next pass, and a report, go on from.
/// </summary>
public sealed class AgentStateCursor
{
    public string Agent { get; set; } = "";

    public DateTime Since { get; set; }

    public AgentStatus State { get; set; }
}
