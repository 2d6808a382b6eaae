namespace CallCenter.Telephony.Calls;

/// <summary>Who ended a call (拆线方式 in the reports).</summary>
public enum HangupSide
{
    /// <summary>The calling party (BYE or CANCEL from the caller).</summary>
    Caller,
    /// <summary>The called party of a call between extensions (BYE from the callee's leg).</summary>
    Callee,
    /// <summary>We ended it (a finished service, a refusal, a missing ACK, shutdown).</summary>
    Server,
}
