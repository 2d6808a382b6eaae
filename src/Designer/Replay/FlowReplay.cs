namespace CallCenter.Designer.Replay;

/// <summary>
/// A past call as the replay view shows it over the flow version it ran on: who called which number when (the host
/// formats the time in the center's zone), how long it lasted, who hung up, and the steps it took.
/// </summary>
public sealed record FlowReplay(
    string CallId,
    string FlowId,
    int Version,
    string Caller,
    string Called,
    string StartedText,
    TimeSpan Duration,
    string HangupBy,
    IReadOnlyList<ReplayStep> Steps);
