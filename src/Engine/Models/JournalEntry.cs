namespace CallCenter.Engine.Models;

/// <summary>One activity execution: feeds IVR navigation reports and the designer's path view.</summary>
public sealed record JournalEntry(
    string InstanceId,
    string ActivityId,
    string ActivityType,
    DateTimeOffset StartedAt,
    DateTimeOffset CompletedAt,
    string? Outcome,
    string? Error);
