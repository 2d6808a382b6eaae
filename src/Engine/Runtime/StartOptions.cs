namespace CallCenter.Engine.Runtime;

/// <summary>How to start an instance: initial variable values, a correlation id (e.g. a call id), and the input the first activity sees.</summary>
public sealed record StartOptions(
    IReadOnlyDictionary<string, object?>? Variables = null,
    string? CorrelationId = null,
    object? Input = null,
    string? InstanceId = null);
