namespace CallCenter.Engine.Abstractions;

/// <summary>What a suspending activity waits for. A <see cref="ResumeAt"/> makes it a timer.</summary>
public sealed record BookmarkRequest(string Type, string? CorrelationKey = null, DateTimeOffset? ResumeAt = null, string? Payload = null);
