using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>
/// A dialog we created as UAC (the callee leg of a call between extensions, an originated call session): told of
/// the in-dialog requests its remote sends, which <see cref="BridgedCallRegistry"/> finds by Call-ID and our From tag.
/// </summary>
internal interface ICalleeLeg
{
    /// <summary>The remote hung up (BYE); the 200 goes out when this completes.</summary>
    Task OnCalleeByeAsync();

    /// <summary>An INFO arrived (already answered 200); <paramref name="digit"/> when its body is DTMF.</summary>
    void OnCalleeInfo(SipRequest info, char? digit);

    /// <summary>A re-INVITE arrived; false when this leg does not take them (then 481).</summary>
    bool OnCalleeReinvite(ServerTransaction reinvite);
}
