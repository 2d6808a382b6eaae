namespace CallCenter.Telephony.Calls;

/// <summary>
/// The basic record of one inbound call attempt: who called whom, when it started, was answered and
/// ended, who hung up and why. Written once, when the call is over (or refused).
/// </summary>
public sealed record CallRecord(
    string CallId,
    string From,
    string To,
    DateTimeOffset StartedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset EndedAt,
    HangupSide HangupBy,
    string Cause,
    int? StatusCode = null);
