namespace CallCenter.Domain.Reports;

/// <summary>
/// One agent's work over a period (the totals row has <see cref="Agent"/> = ""). Calls = connected (CONNECT); talk from
/// the completed/transferred conversations; wrap-up, ready, not ready and busy (ringing + on call) are the time spent in
/// those states, clipped to the period; logged in = any state but LoggedOut. Hold is not recorded yet (always 0).
/// No-answer = offers the agent let ring out or rejected (RINGNOANSWER). Seconds throughout.
/// </summary>
public sealed record AgentReportRow(
    string Agent,
    string Name,
    int Calls,
    double TalkSeconds,
    double HoldSeconds,
    double WrapUpSeconds,
    int NoAnswer,
    double ReadySeconds,
    double NotReadySeconds,
    double BusySeconds,
    double LoggedInSeconds)
{
    /// <summary>AHT = (talk + hold + wrap-up) ÷ calls.</summary>
    public double? AverageHandleSeconds => Calls == 0 ? null : (TalkSeconds + HoldSeconds + WrapUpSeconds) / Calls;

    /// <summary>Occupancy = (talk + hold + wrap-up) ÷ (logged in − not ready).</summary>
    public double? Occupancy => LoggedInSeconds - NotReadySeconds <= 0 ? null : (TalkSeconds + HoldSeconds + WrapUpSeconds) / (LoggedInSeconds - NotReadySeconds);
}
