namespace CallCenter.Domain.Calls;

/// <summary>What a call did in its flow, in order within each list. Stored as JSON (camelCase) with the <see cref="CallTrace"/>.</summary>
public sealed class CallTraceDetails
{
    /// <summary>Every activity execution, from the engine's journal.</summary>
    public List<CallStep> Path { get; set; } = [];
    public List<CallDigits> Digits { get; set; } = [];
    public List<CallPromptPlayed> Prompts { get; set; } = [];
    public List<CallRecordingMade> Recordings { get; set; } = [];
    public List<CallTicket> Tickets { get; set; } = [];
}
