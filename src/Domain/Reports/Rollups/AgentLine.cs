using CallCenter.Domain.Acd;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>What folding reads of a <c>queue_events</c> line naming an agent (<see cref="Queue"/> "" when it names no queue).</summary>
internal readonly record struct AgentLine(long Id, DateTime At, string Agent, string Queue, QueueEventType Event, double? TalkSeconds);
