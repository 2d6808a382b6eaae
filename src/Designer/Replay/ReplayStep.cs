namespace CallCenter.Designer.Replay;

/// <summary>
/// One step of a replayed call: its place in the call (1-based), the flow it belongs to (the call's own or a sub-flow),
/// the node and its type, the outcome it took (null when it ended the flow), how long the caller spent there, the keys
/// pressed there, what was said there (prompt texts or library names), and the error when it failed.
/// </summary>
public sealed record ReplayStep(
    int Order,
    string FlowId,
    string ActivityId,
    string ActivityType,
    string? Outcome,
    TimeSpan Duration,
    string? Digits,
    IReadOnlyList<string> Said,
    string? Error = null);
