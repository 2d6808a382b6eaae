using CallCenter.Telephony.Sdp;

namespace CallCenter.Telephony.Sessions;

/// <summary>What a <see cref="ICallLeg"/> tells its session.</summary>
internal interface ICallLegOwner
{
    /// <summary>A digit came by SIP INFO.</summary>
    void OnInfoDigit(char digit);

    /// <summary>A re-INVITE changed the media (hold, unhold, a new address).</summary>
    void OnRenegotiated(SdpMediaAgreement agreement);

    /// <summary>The call ended before its media started (CANCEL, a refused offer).</summary>
    void OnEndedUnanswered(HangupInfo info);
}
