using CallCenter.Domain.Acd;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>What folding reads of an <c>agent_status_changes</c> row.</summary>
internal readonly record struct StateChange(long Id, string Agent, DateTime At, AgentStatus To);
