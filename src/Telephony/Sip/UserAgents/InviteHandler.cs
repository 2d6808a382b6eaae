using CallCenter.Telephony.Media.Clock;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Sessions;
using CallCenter.Telephony.Sessions.Apps;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>
/// Inbound INVITEs. The built-in tests answer at once — <c>*43</c> echo (every packet echoed back),
/// <c>*45</c> a tone until hang-up, <c>*44</c> digit read-back (a call session: greeting, digits until #,
/// read back, hang up). Other numbers are offered to the <see cref="IIncomingCallHandler"/> (service
/// numbers: the IVR's routes), which gets a ringing <see cref="ICallSession"/>; what it declines goes to
/// the <see cref="ExtensionCallRouter"/> (calls between extensions), or gets 404 without one.
/// A re-INVITE in a call is negotiated on the same port (<see cref="ReinviteAnswerer"/>: hold, unhold, a new
/// address) and the call's RTP follows; the B2BUA's caller legs answer it with their SDP unchanged.
/// </summary>
public sealed class InviteHandler : ISipRequestHandler
{
    public const string EchoTestNumber = "*43";
    public const string DigitReadbackNumber = "*44";
    public const string HoldTestNumber = "*45";
    private readonly CallRegistry _calls;
    private readonly InboundAnswerer _answerer;
    private readonly MediaClock _clock;
    private readonly Lazy<DigitPrompts> _digitPrompts;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly ExtensionCallRouter? _extensions;
    private readonly IIncomingCallHandler? _incoming;
    private readonly CallSessionRegistry _sessions;
    private readonly CallSessionContext _sessionContext;
    private readonly BridgedCallRegistry _legs;
    private readonly ILogger _logger;

    public InviteHandler(
        SipStack stack,
        CallRegistry calls,
        CallService service,
        RtpPortPool ports,
        SdpNegotiator negotiator,
        MediaClock clock,
        Lazy<DigitPrompts> digitPrompts,
        TimeProvider time,
        ILoggerFactory loggers,
        ExtensionCallRouter? extensions = null,
        IIncomingCallHandler? incoming = null,
        BridgedCallRegistry? ringing = null,
        CallSessionRegistry? sessions = null)
    {
        _calls = calls;
        _answerer = new InboundAnswerer(stack, service, ports, negotiator, time);
        _clock = clock;
        _digitPrompts = digitPrompts;
        _time = time;
        _loggers = loggers;
        _extensions = extensions;
        _incoming = incoming;
        _sessions = sessions ?? new CallSessionRegistry();
        _legs = ringing ?? new BridgedCallRegistry();
        _sessionContext = new CallSessionContext(stack, service, _legs, clock, CallSessionContext.DefaultHoldMusic, time, loggers);
        _logger = loggers.CreateLogger<InviteHandler>();
    }

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
                Answer(transaction, "the echo test", lease => new RtpEchoSession(lease, _loggers.CreateLogger<RtpEchoSession>()));
                break;
            case HoldTestNumber:
                RtpMediaSession? tone = null;
                var held = Answer(transaction, "the hold test", (lease, agreement) => StartHoldTone(tone = NewRtpSession(lease, agreement)));
                if (held is not null) held.MediaRenegotiated = agreement => RtpSessionSetup.Apply(tone!, agreement);
                break;
            case DigitReadbackNumber:
                _ = RunSessionAsync(NewSession(transaction, _time.GetUtcNow()), ReadDigitsBackAsync, "the digit read-back test");
                break;
            default:
                // Stamped before the route lookup: screen-pop latency counts from the INVITE's arrival.
                _ = RouteAsync(transaction, number, _time.GetUtcNow());
                break;
        }
    }

    private async Task RouteAsync(ServerTransaction transaction, string number, DateTimeOffset receivedAt)
    {
        var request = transaction.Request;
        try
        {
            // Feature codes (*7x) act on the caller's own extension: only the authenticated path below may reach them.
            if (_incoming is not null && !Sessions.FeatureCodes.FeatureCodes.IsFeatureCode(number) && await _incoming.AcceptsAsync(number, request.From?.Uri.User ?? "", CancellationToken.None).ConfigureAwait(false))
            {
                await RunSessionAsync(NewSession(transaction, receivedAt), _incoming.HandleAsync, "the incoming-call handler").ConfigureAwait(false);
                return;
            }
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "The incoming-call handler failed to route {Number}", number);
        }
        if (_extensions is not null)
        {
            _extensions.Handle(transaction);
            return;
        }
        _logger.LogInformation("INVITE from {From} to {Number}: no such number", request.From?.Uri, number);
        _answerer.Refuse(transaction, 404, null, "no such number", _time.GetUtcNow());
    }

    private SipCallSession NewSession(ServerTransaction transaction, DateTimeOffset receivedAt)
    {
        var leg = new InboundLeg(_sessionContext, _answerer, transaction, _time.GetUtcNow());
        var session = new SipCallSession(_sessionContext, leg) { InviteReceivedAt = receivedAt };
        _sessions.Add(session);
        leg.Ring();
        return session;
    }

    private async Task ReadDigitsBackAsync(ICallSession call, CancellationToken ct)
    {
        var digits = await new DigitReadback(_digitPrompts.Value).RunAsync(call, ct).ConfigureAwait(false);
        _logger.LogInformation("Digit read-back on call {CallId}: read back \"{Digits}\"", call.Id, digits);
        await call.HangUpAsync("digit read-back finished", ct: ct).ConfigureAwait(false);
    }

    // Runs an application on a ringing call; whatever it leaves up is hung up, whatever it throws is logged.
    private async Task RunSessionAsync(SipCallSession session, Func<ICallSession, CancellationToken, Task> app, string what)
    {
        try
        {
            await app(session, session.Ended).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (session.Ended.IsCancellationRequested) { }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Call {CallId}: {What} failed", session.Id, what);
        }
        if (session.State != CallSessionState.Ended) await session.HangUpAsync().ConfigureAwait(false);
    }

    // Continuous audio until the caller hangs up: what the concurrency benchmark listens to.
    private ClockedMedia StartHoldTone(RtpMediaSession session)
    {
        session.Source = CallSessionContext.DefaultHoldMusic();
        return new ClockedMedia(_clock, session);
    }

    private RtpMediaSession NewRtpSession(RtpPortLease lease, SdpMediaAgreement agreement) => RtpSessionSetup.Create(lease, agreement, _loggers);

    private ActiveCall? Answer(ServerTransaction transaction, string what, Func<RtpPortLease, IAsyncDisposable> startMedia) =>
        Answer(transaction, what, (lease, _) => startMedia(lease));

    private ActiveCall? Answer(ServerTransaction transaction, string what, Func<RtpPortLease, SdpMediaAgreement, IAsyncDisposable> startMedia)
    {
        var startedAt = _time.GetUtcNow();
        if (_answerer.Prepare(transaction, startedAt) is not { } prepared) return null;
        var media = startMedia(prepared.Lease, prepared.Agreement);
        var call = _answerer.Accept(transaction, prepared, SipResponseFactory.NewTag(), media, startedAt);
        _logger.LogInformation("Call {CallId} from {From} answered by {What} ({Codec}, RTP {Port})",
            transaction.Request.CallId, transaction.Request.From?.Uri, what, prepared.Agreement.Codec.Name, prepared.Lease.Port);
        return call;
    }

    private void Reinvite(ServerTransaction transaction)
    {
        var call = _calls.Find(transaction.Request);
        if (call is null)
        {
            // A dialog we made as UAC (an originated call): its remote holds or moves.
            if (_legs.FindCalleeLeg(transaction.Request) is { } leg && leg.OnCalleeReinvite(transaction)) return;
            transaction.Respond(SipResponseFactory.Create(transaction.Request, 481));
            return;
        }
        call.Dialog.RemoteCSeq = transaction.Request.CSeq!.Number;
        _answerer.AnswerReinvite(call, transaction);
    }
}
