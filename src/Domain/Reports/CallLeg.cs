namespace CallCenter.Domain.Reports;

/// <summary>A call's time in one queue (from its trace): queue, agent, local entry time, wait and talk seconds, how it left.</summary>
public sealed record CallLeg(string Queue, string? Agent, DateTime EnteredAt, double WaitSeconds, double? TalkSeconds, string Outcome, string? AgentLegId);
