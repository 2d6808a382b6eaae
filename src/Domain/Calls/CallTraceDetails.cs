namespace CallCenter.Domain.Calls;

/// <summary>What a call did in its flow, in order within each list. Stored as JSON (camelCase) with the <see cref="CallTrace"/>.</summary>
public sealed class CallTraceDetails
{
    /// <summary>Every activity execution, from the engine's journals (the call's flow and its sub-flows), in the order they started.</summary>
    public List<CallStep> Path { get; set; } = [];
    public List<CallDigits> Digits { get; set; } = [];
    public List<CallPromptPlayed> Prompts { get; set; } = [];
    public List<CallRecordingMade> Recordings { get; set; } = [];
    public List<CallTicket> Tickets { get; set; } = [];
    public List<CallMessage> Messages { get; set; } = [];
    /// <summary>Each queue the call waited in (Enqueue), in order.</summary>
    public List<CallQueueVisit> Queues { get; set; } = [];
    /// <summary>
    /// Named results the flow chose to keep on the call (activity <c>SetCallAttributes</c>), e.g. <c>survey_score</c>,
    /// <c>poll_q1</c>: what reports group and filter calls by. A later value of a name replaces an earlier one.
    /// </summary>
    public Dictionary<string, string> Attributes { get; set; } = new(StringComparer.Ordinal);
}
