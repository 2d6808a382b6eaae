namespace CallCenter.Engine.Abstractions;

/// <summary>A start condition: a trigger type (e.g. <c>InboundCall</c>) and the key it is looked up by (e.g. the number).</summary>
public sealed record TriggerKey(string Type, string Key, string? Payload = null);
