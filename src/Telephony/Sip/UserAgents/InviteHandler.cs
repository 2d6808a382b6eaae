using System.Text;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Sip.Dialogs;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>
/// Inbound INVITEs. Today it answers the built-in echo test <c>*43</c> (SDP answered from the
/// offer, an RTP port pair leased, every packet echoed back); other numbers get 404 until calls
/// between extensions and to flows land. A re-INVITE in a call is answered with our SDP unchanged.
/// </summary>
public sealed class InviteHandler(
    SipStack stack,
    CallRegistry calls,
    CallService service,
    RtpPortPool ports,
    SdpNegotiator negotiator,
    TimeProvider time,
    ILoggerFactory loggers) : ISipRequestHandler
{
    public const string EchoTestNumber = "*43";
    private readonly ILogger _logger = loggers.CreateLogger<InviteHandler>();

    public string Method => SipMethods.Invite;

    public void Handle(ServerTransaction transaction)
    {
        var request = transaction.Request;
        if (request.To?.Tag is not null)
        {
            Reinvite(transaction);
            return;
        }
        var number = request.RequestUri.User ?? "";
        if (number != EchoTestNumber)
        {
            _logger.LogInformation("INVITE from {From} to {Number}: no such number yet", request.From?.Uri, number);
            transaction.Respond(SipResponseFactory.Create(request, 404));
            return;
        }
        AnswerEcho(transaction);
    }

    private void AnswerEcho(ServerTransaction transaction)
    {
        var request = transaction.Request;
        if (request.Body.IsEmpty || !string.Equals(request.ContentType?.Split(';')[0].Trim(), "application/sdp", StringComparison.OrdinalIgnoreCase))
        {
            transaction.Respond(SipResponseFactory.Create(request, 488, "Not Acceptable Here (an SDP offer is required)"));
            return;
        }
        var parsed = SdpParser.Parse(Encoding.UTF8.GetString(request.Body.Span));
        if (!parsed.Success)
        {
            transaction.Respond(SipResponseFactory.Create(request, 400, $"Bad Request (SDP {parsed.Error})"));
            return;
        }
        var local = LocalAddress.For(transaction.Peer.EndPoint.Address);
        var lease = ports.TryAllocate(local);
        if (lease is null)
        {
            var busy = SipResponseFactory.Create(request, 503, "Service Unavailable (no RTP ports left)");
            busy.Headers.Add("Retry-After", "5");
            transaction.Respond(busy);
            return;
        }
        var session = new SdpSession(local.ToString(), lease.Port);
        var negotiation = negotiator.CreateAnswer(session, parsed.Description!);
        if (!negotiation.Success)
        {
            lease.Dispose();
            transaction.Respond(SipResponseFactory.Create(request, 488, $"Not Acceptable Here ({negotiation.Message})"));
            return;
        }
        var sdp = negotiation.Answer!.ToString();
        var tag = SipResponseFactory.NewTag();
        var sentBy = $"{local}:{SipPort(transaction.Peer)}";
        var ok = Answer(request, tag, sdp, transaction.Peer, sentBy);
        var media = new RtpEchoSession(lease, loggers.CreateLogger<RtpEchoSession>());
        var call = new ActiveCall(new ServerDialog(request, tag, transaction.Peer, sentBy), ok, sdp, media, stack, stack.Transactions.Timers);
        service.Track(call, time);
        transaction.Respond(ok);
        _logger.LogInformation("Call {CallId} from {From} answered by the echo test ({Codec}, RTP {Port})", request.CallId, request.From?.Uri, negotiation.Agreement!.Codec.Name, lease.Port);
    }

    private void Reinvite(ServerTransaction transaction)
    {
        var call = calls.Find(transaction.Request);
        if (call is null)
        {
            transaction.Respond(SipResponseFactory.Create(transaction.Request, 481));
            return;
        }
        call.Dialog.RemoteCSeq = transaction.Request.CSeq!.Number;
        var ok = Answer(transaction.Request, call.Dialog.LocalTag, call.LocalSdp, transaction.Peer, call.Dialog.LocalSentBy);
        transaction.Respond(ok);
    }

    private int SipPort(SipPeer peer) =>
        (peer.Protocol == SipProtocol.Tcp ? stack.TcpEndPoint : stack.UdpEndPoint)?.Port ?? 5060;

    private static SipResponse Answer(SipRequest request, string tag, string sdp, SipPeer peer, string sentBy)
    {
        var ok = SipResponseFactory.Create(request, 200, toTag: tag);
        ok.Headers.Add(SipHeaderNames.Contact, $"<sip:{request.RequestUri.User}@{sentBy};transport={peer.Protocol.ToString().ToLowerInvariant()}>");
        foreach (var route in request.Headers.GetAll(SipHeaderNames.RecordRoute)) ok.Headers.Add(SipHeaderNames.RecordRoute, route);
        ok.Headers.Add(SipHeaderNames.Allow, "INVITE, ACK, BYE, CANCEL, OPTIONS");
        ok.Headers.Add(SipHeaderNames.ContentType, "application/sdp");
        ok.Body = Encoding.UTF8.GetBytes(sdp);
        return ok;
    }
}
