namespace CallCenter.Domain.Reports;

/// <summary>
/// One call of the call detail (话单): numbers (URI user parts), local start/answer/end times, ring (start → answer, or
/// → end when never answered) and talk seconds, who hung up, cause, SIP status, flow; <see cref="Legs"/> only on pages
/// (empty in exports).
/// </summary>
public sealed record CallDetailRow(
    long Id,
    string CallId,
    string Caller,
    string Callee,
    DateTime StartedAt,
    DateTime? AnsweredAt,
    DateTime EndedAt,
    double RingSeconds,
    double TalkSeconds,
    string HangupBy,
    string Cause,
    int? StatusCode,
    IReadOnlyList<CallLeg> Legs);
