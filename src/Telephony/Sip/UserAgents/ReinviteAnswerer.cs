using System.Text;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>
/// Answers a re-INVITE in a call whose SDP state (<see cref="SdpSession"/>) we keep (RFC 3264 §8): the new offer is
/// answered by the negotiator on the same port — sendonly/inactive (hold) get recvonly/inactive, sendrecv again on
/// unhold — and our o= version goes up only when our description changes. An offer we cannot take gets 488 and the
/// call goes on as it was; a re-INVITE without SDP gets our current description (its answer comes in the ACK).
/// </summary>
internal static class ReinviteAnswerer
{
    /// <summary>Responds to <paramref name="reinvite"/>; the new agreement when the media changed hands, else null. <paramref name="localSdp"/> is our current SDP, updated.</summary>
    public static SdpMediaAgreement? Answer(ServerTransaction reinvite, SdpNegotiator negotiator, SdpSession session, ref string localSdp, Func<string, SipResponse> ok)
    {
        var request = reinvite.Request;
        if (request.Body.IsEmpty || !string.Equals(request.ContentType?.Split(';')[0].Trim(), "application/sdp", StringComparison.OrdinalIgnoreCase))
        {
            reinvite.Respond(ok(localSdp));
            return null;
        }
        var parsed = SdpParser.Parse(Encoding.UTF8.GetString(request.Body.Span));
        if (!parsed.Success)
        {
            reinvite.Respond(SipResponseFactory.Create(request, 488, $"Not Acceptable Here (SDP {parsed.Error})"));
            return null;
        }
        SdpNegotiationResult negotiation;
        lock (session) negotiation = negotiator.CreateAnswer(session, parsed.Description!);
        if (!negotiation.Success)
        {
            reinvite.Respond(SipResponseFactory.Create(request, 488, $"Not Acceptable Here ({negotiation.Message})"));
            return null;
        }
        localSdp = negotiation.Answer!.ToString();
        reinvite.Respond(ok(localSdp));
        return negotiation.Agreement;
    }
}
