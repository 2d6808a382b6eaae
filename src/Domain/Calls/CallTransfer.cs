namespace CallCenter.Domain.Calls;

/// <summary>A connected call handed on: by which agent (null when not an agent), to what target (<c>agent:8002</c>, <c>queue:hotline</c>, a number), when.</summary>
public sealed record CallTransfer(string? From, string To, DateTimeOffset At);
