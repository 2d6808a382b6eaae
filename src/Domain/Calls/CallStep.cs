namespace CallCenter.Domain.Calls;

/// <summary>
/// One activity the call went through: its id and type, the outcome it took (<c>Cancelled</c> where the caller hung
/// up), when it started, its error if it faulted, and — for a step of a sub-flow (e.g. the survey after a transfer) —
/// the id of that sub-flow (null for the call's own flow).
/// </summary>
public sealed record CallStep(string ActivityId, string Type, string? Outcome, DateTimeOffset At, string? Error = null, string? Flow = null);
