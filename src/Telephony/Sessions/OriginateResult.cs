namespace CallCenter.Telephony.Sessions;

/// <summary>The result of <see cref="ITelephony.OriginateAsync"/>: the answered call, or why there is none (with the SIP status when one came, and a message for the operator).</summary>
public sealed record OriginateResult(OriginateOutcome Outcome, ICallSession? Session, int? StatusCode, string Message)
{
    public bool Answered => Outcome == OriginateOutcome.Answered;

    public static OriginateResult Fail(OriginateOutcome outcome, int? statusCode, string message) => new(outcome, null, statusCode, message);
}
