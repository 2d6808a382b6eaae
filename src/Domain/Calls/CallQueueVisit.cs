namespace CallCenter.Domain.Calls;

/// <summary>
/// A call's time in one queue (an Enqueue step): when it entered, was first offered, was answered and left; how it
/// left (<c>Connected</c>, <c>Overflow</c>, <c>NoAgents</c>, <c>Abandoned</c>, <c>Full</c>); the agent and the agent's
/// leg (its own call record), wait and talk seconds, who ended the conversation (<c>Caller</c>/<c>Agent</c>) and the
/// recording of it, and the transfers made while connected (who handed the call to what, when).
/// </summary>
public sealed record CallQueueVisit(
    string ActivityId,
    string Queue,
    DateTimeOffset EnteredAt,
    DateTimeOffset? OfferedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset LeftAt,
    string Outcome,
    string? AgentId,
    string? AgentLegId,
    double WaitSeconds,
    double? TalkSeconds,
    string? EndedBy,
    string? RecordingPath,
    IReadOnlyList<CallTransfer>? Transfers = null);
