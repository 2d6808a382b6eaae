namespace CallCenter.Engine.Models;

/// <summary>An indexed start condition of a published definition: <c>(Type, Key)</c> is looked up, never scanned.</summary>
public sealed record TriggerRecord(
    string DefinitionId,
    int Version,
    string ActivityId,
    string Type,
    string Key,
    string? Payload);
