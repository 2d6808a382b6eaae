namespace CallCenter.Domain.Calls;

/// <summary>One activity the call went through: its id and type, the outcome it took (<c>Cancelled</c> where the caller hung up), when it started, and its error if it faulted.</summary>
public sealed record CallStep(string ActivityId, string Type, string? Outcome, DateTimeOffset At, string? Error = null);
