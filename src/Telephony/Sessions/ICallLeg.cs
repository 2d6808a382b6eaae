using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Sip.UserAgents;

namespace CallCenter.Telephony.Sessions;

/// <summary>
/// The signalling side of a <see cref="SipCallSession"/>: an inbound INVITE we answer (<see cref="InboundLeg"/>) or a
/// dialog our own INVITE made (<see cref="OutboundLeg"/>). The session owns the media; the leg answers, hangs up,
/// sends INFO and tells the session (<see cref="ICallLegOwner"/>) of INFO digits, re-INVITEs and an early end.
/// </summary>
internal interface ICallLeg
{
    string Id { get; }
    CallDirection Direction { get; }
    string Caller { get; }
    string Called { get; }

    /// <summary>Who ended the call and why, once it has ended.</summary>
    (HangupSide Side, string Reason)? Hangup { get; }

    void Attach(ICallLegOwner owner);

    /// <summary>The leased ports and agreed media to answer with; null when the call cannot be answered (the leg has ended it and told the owner).</summary>
    PreparedAnswer? PrepareMedia();

    /// <summary>The media runs: complete the answer (inbound: our 200) and dispose <paramref name="media"/> when the call ends.</summary>
    void Connect(IAsyncDisposable media);

    /// <summary>Refuses a call still ringing with a final response.</summary>
    void Refuse(int statusCode, string cause);

    /// <summary>Ends an answered call with our BYE (the media is disposed, the call recorded).</summary>
    Task HangUpAsync(string cause);

    /// <summary>Sends a DTMF digit as SIP INFO (application/dtmf-relay) in the dialog.</summary>
    void SendInfoDigit(char digit);
}
