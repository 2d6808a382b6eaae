namespace CallCenter.Engine.Models;

/// <summary>An activity failure recorded on its instance.</summary>
public sealed record Incident(
    string InstanceId,
    string ActivityId,
    string ActivityType,
    string Message,
    string? ExceptionType,
    DateTimeOffset At);
