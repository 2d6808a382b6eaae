using CallCenter.Telephony.Sessions;

namespace CallCenter.Activities.Acd;

/// <summary>The caller id the ACD shows on the phones it rings for a call (an agent's, a transfer target's, a supervisor's).</summary>
public static class CallerId
{
    /// <summary>The caller's number, or <c>anonymous</c> when they withheld it.</summary>
    public static string Of(ICallSession call) => string.IsNullOrEmpty(call.Caller) ? "anonymous" : call.Caller;
}
