using System.Text;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Sip.Dialogs;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.Transport;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>
/// Answers inbound INVITEs as UAS: checks the SDP offer, leases an RTP port pair and negotiates
/// (<see cref="Prepare"/>; a refusal — 488, 400, 503 — is answered and recorded there), then sends the
/// 200 and tracks the call until BYE (<see cref="Accept"/>). Shared by the test services and call sessions.
/// </summary>
public sealed class InboundAnswerer(SipStack stack, CallService service, RtpPortPool ports, SdpNegotiator negotiator, TimeProvider time)
{
    /// <summary>The offer accepted and ports leased, or null when the INVITE has been refused (and recorded).</summary>
    public PreparedAnswer? Prepare(ServerTransaction transaction, DateTimeOffset startedAt)
    {
        var request = transaction.Request;
        if (request.Body.IsEmpty || !string.Equals(request.ContentType?.Split(';')[0].Trim(), "application/sdp", StringComparison.OrdinalIgnoreCase))
            return Refuse(transaction, 488, "Not Acceptable Here (an SDP offer is required)", "no SDP offer", startedAt);
        var parsed = SdpParser.Parse(Encoding.UTF8.GetString(request.Body.Span));
        if (!parsed.Success) return Refuse(transaction, 400, $"Bad Request (SDP {parsed.Error})", "broken SDP", startedAt);
        var local = LocalAddress.For(transaction.Peer.EndPoint.Address);
        var lease = ports.TryAllocate(local);
        if (lease is null) return Refuse(transaction, 503, "Service Unavailable (no RTP ports left)", "no RTP ports left", startedAt, retryAfter: true);
        var session = new SdpSession(local.ToString(), lease.Port);
        var negotiation = negotiator.CreateAnswer(session, parsed.Description!);
        if (!negotiation.Success)
        {
            lease.Dispose();
            return Refuse(transaction, 488, $"Not Acceptable Here ({negotiation.Message})", "no common codec", startedAt);
        }
        return new PreparedAnswer(lease, negotiation.Agreement!, negotiation.Answer!.ToString(), $"{local}:{SipPort(transaction.Peer)}", session);
    }

    /// <summary>Sends the 200 with our SDP (To tag <paramref name="tag"/>) and tracks the call; <paramref name="media"/> is released when it ends.</summary>
    public ActiveCall Accept(ServerTransaction transaction, PreparedAnswer answer, string tag, IAsyncDisposable media, DateTimeOffset startedAt)
    {
        var request = transaction.Request;
        var ok = Ok(request, tag, answer.Sdp, transaction.Peer, answer.SentBy);
        var call = new ActiveCall(new ServerDialog(request, tag, transaction.Peer, answer.SentBy), ok, answer.Sdp, media, stack, stack.Transactions.Timers)
        {
            StartedAt = startedAt,
            AnsweredAt = time.GetUtcNow(),
            Sdp = answer.Session,
        };
        service.Track(call, time);
        transaction.Respond(ok);
        return call;
    }

    /// <summary>Refuses the INVITE with a final response and records the attempt; always null.</summary>
    public PreparedAnswer? Refuse(ServerTransaction transaction, int code, string? reason, string cause, DateTimeOffset startedAt, bool retryAfter = false)
    {
        var response = SipResponseFactory.Create(transaction.Request, code, reason);
        if (retryAfter) response.Headers.Add("Retry-After", "5");
        transaction.Respond(response);
        service.Refused(transaction.Request, startedAt, code, cause);
        return null;
    }

    /// <summary>Answers a re-INVITE in <paramref name="call"/> from its SDP state (hold, unhold, a new address) and tells its media; without SDP state, our SDP unchanged.</summary>
    internal void AnswerReinvite(ActiveCall call, ServerTransaction reinvite)
    {
        var request = reinvite.Request;
        SipResponse Ok(string sdp) => InboundAnswerer.Ok(request, call.Dialog.LocalTag, sdp, reinvite.Peer, call.Dialog.LocalSentBy);
        if (call.Sdp is not { } session)
        {
            reinvite.Respond(Ok(call.LocalSdp));
            return;
        }
        var local = call.LocalSdp;
        var agreement = ReinviteAnswerer.Answer(reinvite, negotiator, session, ref local, Ok);
        call.LocalSdp = local;
        if (agreement is not null) call.MediaRenegotiated?.Invoke(agreement);
    }

    /// <summary>Our host:port for Via and Contact on the transport the request came in on.</summary>
    public string SentBy(SipPeer peer) => $"{LocalAddress.For(peer.EndPoint.Address)}:{SipPort(peer)}";

    private int SipPort(SipPeer peer) =>
        (peer.Protocol == SipProtocol.Tcp ? stack.TcpEndPoint : stack.UdpEndPoint)?.Port ?? 5060;

    /// <summary>Our 200 to an INVITE: Contact, Record-Route copied, what we allow, our SDP.</summary>
    internal static SipResponse Ok(SipRequest request, string tag, string sdp, SipPeer peer, string sentBy)
    {
        var ok = SipResponseFactory.Create(request, 200, toTag: tag);
        ok.Headers.Add(SipHeaderNames.Contact, $"<sip:{request.RequestUri.User}@{sentBy};transport={peer.Protocol.ToString().ToLowerInvariant()}>");
        foreach (var route in request.Headers.GetAll(SipHeaderNames.RecordRoute)) ok.Headers.Add(SipHeaderNames.RecordRoute, route);
        ok.Headers.Add(SipHeaderNames.Allow, "INVITE, ACK, BYE, CANCEL, OPTIONS, INFO");
        ok.Headers.Add(SipHeaderNames.ContentType, "application/sdp");
        ok.Body = Encoding.UTF8.GetBytes(sdp);
        return ok;
    }
}
