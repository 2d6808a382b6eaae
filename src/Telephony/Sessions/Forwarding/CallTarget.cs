using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Sessions.Forwarding;

/// <summary>Where to ring: every registered contact of an extension (best first), or the one SIP URI; or why not (<see cref="Failure"/>).</summary>
internal sealed record CallTarget(IReadOnlyList<(SipUri Uri, SipPeer Peer)> Contacts, string? To, bool IsExtension, OriginateResult? Failure)
{
    public static CallTarget Fail(OriginateResult failure) => new([], null, false, failure);
}
