using System.Text;
using CallCenter.Telephony.Media.Apps;
using CallCenter.Telephony.Media.Clock;
using CallCenter.Telephony.Media.Codecs;
using CallCenter.Telephony.Media.Playback;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Media.Tones;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Sip.Dialogs;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>
/// Inbound INVITEs. Today it answers the built-in tests — <c>*43</c> echo (every packet echoed
/// back) and <c>*44</c> digit read-back (greeting, digits until #, read back, hang up) — with the
/// SDP answered from the offer and an RTP port pair leased; other numbers go to the
/// <see cref="ExtensionCallRouter"/> (calls between extensions), or get 404 without one. A re-INVITE in a call is answered with our SDP unchanged.
/// </summary>
public sealed class InviteHandler(
    SipStack stack,
    CallRegistry calls,
    CallService service,
    RtpPortPool ports,
    SdpNegotiator negotiator,
    MediaClock clock,
    Lazy<DigitPrompts> digitPrompts,
    TimeProvider time,
    ILoggerFactory loggers,
    ExtensionCallRouter? extensions = null) : ISipRequestHandler
{
    public const string EchoTestNumber = "*43";
    public const string DigitReadbackNumber = "*44";
    public const string HoldTestNumber = "*45";
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
        switch (number)
        {
            case EchoTestNumber:
                Answer(transaction, "the echo test", (lease, _, _) => new RtpEchoSession(lease, loggers.CreateLogger<RtpEchoSession>()));
                break;
            case DigitReadbackNumber:
                Answer(transaction, "the digit read-back test", StartDigitReadback);
                break;
            case HoldTestNumber:
                Answer(transaction, "the hold test", StartHoldTone);
                break;
            case var _ when extensions is not null:
                extensions.Handle(transaction);
                break;
            default:
                _logger.LogInformation("INVITE from {From} to {Number}: no such number yet", request.From?.Uri, number);
                Refuse(transaction, 404, null, "no such number");
                break;
        }
    }

    // Continuous audio until the caller hangs up: what the concurrency benchmark listens to.
    private IAsyncDisposable StartHoldTone(RtpPortLease lease, SdpMediaAgreement agreement, Func<ActiveCall?> call)
    {
        var session = NewSession(lease, agreement);
        session.Source = new LoopingTone(ToneDefinition.For(ToneScheme.China, CallProgressTone.Ringback) with { OffMilliseconds = 0 });
        return new ClockedMedia(clock, session);
    }

    private RtpMediaSession NewSession(RtpPortLease lease, SdpMediaAgreement agreement) =>
        new(lease, AudioCodecs.FromName(agreement.Codec.Name) ?? PcmuCodec.Instance,
            agreement.PayloadType, agreement.TelephoneEventPayloadType, agreement.RemoteRtpEndPoint, loggers.CreateLogger<RtpMediaSession>());

    private IAsyncDisposable StartDigitReadback(RtpPortLease lease, SdpMediaAgreement agreement, Func<ActiveCall?> call)
    {
        var session = NewSession(lease, agreement);
        var media = new ClockedMedia(clock, session);
        var readback = new DigitReadback(session, digitPrompts.Value, time);
        _ = Task.Run(async () =>
        {
            try
            {
                var digits = await readback.RunAsync(media.Stopping).ConfigureAwait(false);
                _logger.LogInformation("Digit read-back on call {CallId}: read back \"{Digits}\"", call()?.Dialog.CallId, digits);
                if (call() is { } active) await service.EndAsync(active, "digit read-back finished", sendBye: true).ConfigureAwait(false);
            }
            catch (OperationCanceledException) { }
        });
        return media;
    }

    private void Answer(ServerTransaction transaction, string what, Func<RtpPortLease, SdpMediaAgreement, Func<ActiveCall?>, IAsyncDisposable> startMedia)
    {
        var request = transaction.Request;
        var startedAt = time.GetUtcNow();
        if (request.Body.IsEmpty || !string.Equals(request.ContentType?.Split(';')[0].Trim(), "application/sdp", StringComparison.OrdinalIgnoreCase))
        {
            Refuse(transaction, 488, "Not Acceptable Here (an SDP offer is required)", "no SDP offer", startedAt);
            return;
        }
        var parsed = SdpParser.Parse(Encoding.UTF8.GetString(request.Body.Span));
        if (!parsed.Success)
        {
            Refuse(transaction, 400, $"Bad Request (SDP {parsed.Error})", "broken SDP", startedAt);
            return;
        }
        var local = LocalAddress.For(transaction.Peer.EndPoint.Address);
        var lease = ports.TryAllocate(local);
        if (lease is null)
        {
            Refuse(transaction, 503, "Service Unavailable (no RTP ports left)", "no RTP ports left", startedAt, retryAfter: true);
            return;
        }
        var session = new SdpSession(local.ToString(), lease.Port);
        var negotiation = negotiator.CreateAnswer(session, parsed.Description!);
        if (!negotiation.Success)
        {
            lease.Dispose();
            Refuse(transaction, 488, $"Not Acceptable Here ({negotiation.Message})", "no common codec", startedAt);
            return;
        }
        var sdp = negotiation.Answer!.ToString();
        var tag = SipResponseFactory.NewTag();
        var sentBy = $"{local}:{SipPort(transaction.Peer)}";
        var ok = Answer(request, tag, sdp, transaction.Peer, sentBy);
        ActiveCall? call = null;
        var media = startMedia(lease, negotiation.Agreement!, () => call);
        call = new ActiveCall(new ServerDialog(request, tag, transaction.Peer, sentBy), ok, sdp, media, stack, stack.Transactions.Timers)
        {
            StartedAt = startedAt,
            AnsweredAt = time.GetUtcNow(),
        };
        service.Track(call, time);
        transaction.Respond(ok);
        _logger.LogInformation("Call {CallId} from {From} answered by {What} ({Codec}, RTP {Port})", request.CallId, request.From?.Uri, what, negotiation.Agreement!.Codec.Name, lease.Port);
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

    private void Refuse(ServerTransaction transaction, int code, string? reason, string cause, DateTimeOffset? startedAt = null, bool retryAfter = false)
    {
        var response = SipResponseFactory.Create(transaction.Request, code, reason);
        if (retryAfter) response.Headers.Add("Retry-After", "5");
        transaction.Respond(response);
        service.Refused(transaction.Request, startedAt ?? time.GetUtcNow(), code, cause);
    }

    private int SipPort(SipPeer peer) =>
        (peer.Protocol == SipProtocol.Tcp ? stack.TcpEndPoint : stack.UdpEndPoint)?.Port ?? 5060;

    internal static SipResponse Answer(SipRequest request, string tag, string sdp, SipPeer peer, string sentBy)
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
