using CallCenter.Domain.Acd;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>What folding reads of a <c>queue_events</c> line that names a queue.</summary>
internal readonly record struct QueueLine(long Id, DateTime At, string Queue, QueueEventType Event, double? WaitSeconds, double? TalkSeconds);
