using System.Text;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Sip.Dialogs;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sessions;
using CallCenter.Telephony.Sessions.Forwarding;
using CallCenter.Telephony.Sip.Transactions;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>
/// One call between extensions, as a back-to-back user agent: the caller's INVITE is answered by us
/// (caller leg, an <see cref="ActiveCall"/>) and a new INVITE of ours goes to the callee's binding
/// (callee leg, an <see cref="OutboundInvite"/>), media anchored on two leased port pairs and relayed
/// (<see cref="RtpRelay"/>). The callee is offered the codec agreed with the caller (plus
/// telephone-event), so no transcoding is needed. 180/183 → 180 to the caller; 2xx → our 2xx to the
/// caller; failures mapped (<see cref="CallerCode"/>); ring timeout → CANCEL and 480; caller CANCEL →
/// CANCEL; BYE on either leg → BYE on the other. Disposing it (the caller leg's media) ends the callee leg.
/// </summary>
internal sealed class B2buaCall : IRingingCall, ICalleeLeg, IAsyncDisposable
{
    private readonly B2buaContext _x;
    private readonly ServerTransaction _caller;
    private readonly SipRequest _invite;
    private readonly ForwardingPlan _plan;
    private readonly CallTargetResolver _targets;
    private readonly DateTimeOffset _startedAt;
    private readonly string _callerTag = SipResponseFactory.NewTag();
    private readonly ILogger _logger;
    private RtpRelay? _relay;
    private ForkedInvite? _ringing;
    private ClientDialog? _callee;
    private ActiveCall? _call;
    private volatile bool _callerCancelled;
    private volatile bool _ringTimedOut;
    private int _calleeEnded;

    public B2buaCall(B2buaContext context, ServerTransaction caller, ForwardingPlan plan, CallTargetResolver targets, DateTimeOffset startedAt)
    {
        _x = context;
        _caller = caller;
        _invite = caller.Request;
        _plan = plan;
        _targets = targets;
        _startedAt = startedAt;
        _logger = context.Loggers.CreateLogger<B2buaCall>();
    }

    public async Task RunAsync()
    {
        var (step, target, failure) = await ReachableAsync(_plan.First, null).ConfigureAwait(false);
        if (step is null)
        {
            if (failure?.Outcome == Sessions.OriginateOutcome.NotRegistered)
                Refuse(480, "Temporarily Unavailable (not registered)", "the extension is not registered", HangupSide.Server);
            else Refuse(480, "Temporarily Unavailable (no usable destination)", failure?.Message ?? "no destination", HangupSide.Server);
            return;
        }
        if (!PrepareMedia(target!.Contacts[0].Peer.EndPoint.Address, out var callerAgreement, out var callerAnswer, out var calleeSession, out var calleeNegotiator)) return;
        var offer = calleeNegotiator.CreateOffer(calleeSession).ToString();
        _x.Bridged.AddRinging(_caller, this);
        Ringing rung;
        try
        {
            while (true)
            {
                rung = Ring(step, target!, offer);
                var forked = rung.Forked;
                // The ring timer exists before the phones see our INVITE (a test's clock may move as soon as they do).
                using (_x.Time.CreateTimer(_ => OnRingTimeout(forked), null, step.RingTime, Timeout.InfiniteTimeSpan))
                {
                    forked.Start();
                    if (_callerCancelled) forked.Cancel();
                    rung = rung with { Result = await forked.CompletionAsync().ConfigureAwait(false) };
                }
                if (rung.Result.Result.Answered || _callerCancelled) break;
                foreach (var fork in rung.Forks) _x.Bridged.AbandonPendingLeg(fork.Request);
                var allBusy = !_ringTimedOut && rung.Forks.TrueForAll(f => f.Completion.IsCompletedSuccessfully && f.Completion.Result.StatusCode is 486 or 600 or 603);
                var next = _plan.Next(allBusy);
                if (next is null) break;
                var (nextStep, nextTarget, _) = await ReachableAsync(next, null).ConfigureAwait(false);
                if (nextStep is null || _callerCancelled) break;
                (step, target) = (nextStep, nextTarget);
                _ringTimedOut = false;
            }
        }
        finally
        {
            _x.Bridged.RemoveRinging(_caller);
        }
        var (answered, result) = rung.Result;
        foreach (var fork in rung.Forks)
            if (!result.Answered || !ReferenceEquals(fork, answered)) _x.Bridged.AbandonPendingLeg(fork.Request);
        if (!result.Answered || _callerCancelled)
        {
            // The caller cancelled as the callee answered: that leg is hung up too, and nothing waits for it.
            if (result.Answered) _x.Bridged.AbandonPendingLeg(answered.Request);
            if (result.Dialog is { } late) _x.Stack.Transactions.Send(late.CreateRequest(SipMethods.Bye), late.Peer);
            await _relay!.DisposeAsync().ConfigureAwait(false);
            Fail(result);
            return;
        }
        var request = answered.Request;
        _callee = result.Dialog;
        var answerText = result.Response!.Body.IsEmpty ? null : SdpParser.Parse(Encoding.UTF8.GetString(result.Response.Body.Span)).Description;
        var calleeResult = answerText is null ? null : calleeNegotiator.ProcessAnswer(calleeSession, answerText);
        if (calleeResult is not { Success: true })
        {
            _x.Bridged.AbandonPendingLeg(request);
            _x.Stack.Transactions.Send(_callee!.CreateRequest(SipMethods.Bye), _callee.Peer);
            await _relay!.DisposeAsync().ConfigureAwait(false);
            Refuse(488, "Not Acceptable Here (the callee's answer did not fit)", "the callee's SDP answer was unusable", HangupSide.Server);
            return;
        }
        var calleeAgreement = calleeResult.Agreement!;
        _relay!.SetMap(fromLegB: false, Map(callerAgreement, calleeAgreement));
        _relay.SetMap(fromLegB: true, Map(calleeAgreement, callerAgreement));
        _relay.SetRemote(legB: true, calleeAgreement.RemoteRtpEndPoint);
        _x.Bridged.AddCalleeLeg(_callee!, this);
        await AnswerAsync(callerAnswer).ConfigureAwait(false);
    }

    // Prepares the ringing of every contact of one step at once (forked): the first to answer wins.
    private Ringing Ring(RingStep step, CallTarget target, string offer)
    {
        var forks = new List<OutboundInvite>(target.Contacts.Count);
        var from = _invite.From!.DisplayName is { Length: > 0 } name ? $"\"{name}\" <{_invite.From.Uri.Raw}>" : $"<{_invite.From.Uri.Raw}>";
        var to = step.Forwarded ? target.To! : $"<{_invite.To!.Uri.Raw}>";
        if (step.Forwarded)
        {
            _logger.LogInformation("Call {CallId} to extension {To} forwarded ({Reason}) to {Target}", _invite.CallId, _invite.RequestUri.User, step.Reason, step.Target);
            if (!_callerCancelled) _caller.Respond(SipResponseFactory.Create(_invite, 181, toTag: _callerTag));
        }
        foreach (var (uri, peer) in target.Contacts)
        {
            var sentBy = _x.SentBy(peer);
            var request = OutboundInvite.Create(uri, from, to, sentBy, peer.Protocol,
                $"<sip:{_invite.From.Uri.User}@{sentBy};transport={peer.Protocol.ToString().ToLowerInvariant()}>", offer);
            var fork = new OutboundInvite(_x.Stack.Transactions, _x.Stack, request, peer, sentBy, _logger);
            fork.Provisional += OnProvisional;
            forks.Add(fork);
            // Ready for the callee's requests before it can send any (a BYE may overtake our set-up of the answered call).
            _x.Bridged.AddPendingLeg(request);
            _logger.LogInformation("Call {CallId} from {From} to extension {To}: ringing {Contact} (callee leg {CalleeCallId})",
                _invite.CallId, _invite.From.Uri, _invite.RequestUri.User, uri, request.CallId);
        }
        var forked = new ForkedInvite(forks, late => _x.Stack.Transactions.Send(late.CreateRequest(SipMethods.Bye), late.Peer));
        Volatile.Write(ref _ringing, forked);
        return new Ringing(forks, forked, default);
    }

    // The first step from this one on that resolves to phones to ring (an unregistered extension counts as not answering).
    private async Task<(RingStep? Step, CallTarget? Target, Sessions.OriginateResult? Failure)> ReachableAsync(RingStep? step, Sessions.OriginateResult? failure)
    {
        while (step is not null && !_callerCancelled)
        {
            var target = await _targets.ResolveAsync(step.Target, CancellationToken.None).ConfigureAwait(false);
            if (target.Failure is null) return (step, target, failure);
            failure = target.Failure;
            _logger.LogInformation("Call {CallId}: {Target} ({Reason}) cannot be rung: {Message}", _invite.CallId, step.Target, step.Reason, failure.Message);
            step = _plan.Next(busy: false);
        }
        return (null, null, failure);
    }

    private bool PrepareMedia(System.Net.IPAddress calleeAddress, out SdpMediaAgreement callerAgreement, out string callerAnswer, out SdpSession calleeSession, out SdpNegotiator calleeNegotiator)
    {
        callerAgreement = null!; callerAnswer = ""; calleeSession = null!; calleeNegotiator = null!;
        if (_invite.Body.IsEmpty || !string.Equals(_invite.ContentType?.Split(';')[0].Trim(), "application/sdp", StringComparison.OrdinalIgnoreCase))
        {
            Refuse(488, "Not Acceptable Here (an SDP offer is required)", "no SDP offer", HangupSide.Server);
            return false;
        }
        var parsed = SdpParser.Parse(Encoding.UTF8.GetString(_invite.Body.Span));
        if (!parsed.Success)
        {
            Refuse(400, $"Bad Request (SDP {parsed.Error})", "broken SDP", HangupSide.Server);
            return false;
        }
        var localA = Transport.LocalAddress.For(_caller.Peer.EndPoint.Address);
        var localB = Transport.LocalAddress.For(calleeAddress);
        var leaseA = _x.Ports.TryAllocate(localA);
        var leaseB = leaseA is null ? null : _x.Ports.TryAllocate(localB);
        if (leaseA is null || leaseB is null)
        {
            leaseA?.Dispose();
            Refuse(503, "Service Unavailable (no RTP ports left)", "no RTP ports left", HangupSide.Server);
            return false;
        }
        var callerSession = new SdpSession(localA.ToString(), leaseA.Port);
        var negotiation = _x.Negotiator.CreateAnswer(callerSession, parsed.Description!);
        if (!negotiation.Success)
        {
            leaseA.Dispose();
            leaseB.Dispose();
            Refuse(488, $"Not Acceptable Here ({negotiation.Message})", "no common codec", HangupSide.Server);
            return false;
        }
        callerAgreement = negotiation.Agreement!;
        callerAnswer = negotiation.Answer!.ToString();
        // The callee gets the codec the caller will send, and DTMF under the caller's number when it has one.
        var ours = _x.Negotiator.Capabilities;
        calleeNegotiator = new SdpNegotiator(new SdpCapabilities
        {
            Codecs = [callerAgreement.Codec],
            TelephoneEvent = callerAgreement.TelephoneEventPayloadType is not null,
            TelephoneEventPayloadType = callerAgreement.TelephoneEventPayloadType ?? ours.TelephoneEventPayloadType,
            TelephoneEventEvents = ours.TelephoneEventEvents,
            Ptime = callerAgreement.Ptime,
            RtcpMux = ours.RtcpMux,
            Protocols = ours.Protocols,
            SessionName = ours.SessionName,
        });
        calleeSession = new SdpSession(localB.ToString(), leaseB.Port);
        _relay = new RtpRelay(new RtpRelayLeg(leaseA, callerAgreement.RemoteRtpEndPoint, new RtpPayloadTypeMap()),
            new RtpRelayLeg(leaseB, null, new RtpPayloadTypeMap()), _x.Loggers.CreateLogger<RtpRelay>());
        _relay.Start();
        return true;
    }

    // What comes from one side with its payload types leaves for the other with the other's.
    private static RtpPayloadTypeMap Map(SdpMediaAgreement from, SdpMediaAgreement to)
    {
        var map = new RtpPayloadTypeMap().Map(from.PayloadType, to.PayloadType);
        if (from.TelephoneEventPayloadType is { } te && to.TelephoneEventPayloadType is { } te2) map.Map(te, te2);
        return map;
    }

    private void OnProvisional(SipResponse response)
    {
        if (response.StatusCode is 180 or 183 && !_callerCancelled)
            _caller.Respond(SipResponseFactory.Create(_invite, 180, toTag: _callerTag));
    }

    private void OnRingTimeout(ForkedInvite ringing)
    {
        if (!ReferenceEquals(Volatile.Read(ref _ringing), ringing)) return;
        _ringTimedOut = true;
        _logger.LogInformation("Call {CallId}: no answer in time, cancelling", _invite.CallId);
        ringing.Cancel();
    }

    /// <summary>The caller sent CANCEL (it got its 487 from the CANCEL handler): cancel the callee leg.</summary>
    public void OnCallerCancel()
    {
        _callerCancelled = true;
        Volatile.Read(ref _ringing)?.Cancel();
    }

    private void Fail(OutboundInviteResult result)
    {
        if (_callerCancelled)
        {
            _logger.LogInformation("Call {CallId} cancelled by the caller", _invite.CallId);
            _x.Service.Refused(_invite, _startedAt, 487, "the caller cancelled", HangupSide.Caller);
            return;
        }
        if (_ringTimedOut)
        {
            Refuse(480, "Temporarily Unavailable (no answer)", "no answer", HangupSide.Server);
            return;
        }
        var code = CallerCode(result.StatusCode);
        _logger.LogInformation("Call {CallId}: the callee answered {Code}, caller gets {CallerCode}", _invite.CallId, result.StatusCode, code);
        Refuse(code, null, $"the callee answered {result.StatusCode}", HangupSide.Callee);
    }

    /// <summary>The callee's failure as the caller should hear it: busy and decline as they are; no redirects or challenges across.</summary>
    internal static int CallerCode(int calleeCode) => calleeCode switch
    {
        408 => 408,
        486 or 600 => 486,
        603 => 603,
        401 or 407 or < 400 => 480,
        404 or 410 or 480 => 480,
        >= 400 and < 700 => calleeCode,
        _ => 500,
    };

    private void Refuse(int code, string? reason, string cause, HangupSide side)
    {
        _caller.Respond(SipResponseFactory.Create(_invite, code, reason, toTag: _callerTag));
        _x.Service.Refused(_invite, _startedAt, code, cause, side);
    }

    private async Task AnswerAsync(string sdp)
    {
        var sentBy = _x.SentBy(_caller.Peer);
        var ok = InboundAnswerer.Ok(_invite, _callerTag, sdp, _caller.Peer, sentBy);
        _call = new ActiveCall(new ServerDialog(_invite, _callerTag, _caller.Peer, sentBy), ok, sdp, this, _x.Stack, _x.Stack.Transactions.Timers)
        {
            StartedAt = _startedAt,
            AnsweredAt = _x.Time.GetUtcNow(),
            InfoRelay = OnCallerInfo,
        };
        _x.Service.Track(_call, _x.Time);
        _caller.Respond(ok);
        if (!ReferenceEquals(_caller.LastResponse, ok))
        {
            // The caller's CANCEL was handled while the callee's answer was becoming ours: it got its 487 and the
            // transaction refused our 200. Nobody will ACK a 200 the caller never gets, so end both legs now instead
            // of at the missing-ACK timeout.
            var code = _caller.LastResponse?.StatusCode ?? 487;
            _x.Service.Forget(_call);
            await DisposeAsync().ConfigureAwait(false);
            _logger.LogInformation("Call {CallId} cancelled by the caller as the callee answered: callee leg {CalleeCallId} hung up", _invite.CallId, _callee!.CallId);
            _x.Service.Refused(_invite, _startedAt, code, "the caller cancelled", HangupSide.Caller);
            return;
        }
        _logger.LogInformation("Call {CallId} to extension {To} answered (callee leg {CalleeCallId})", _invite.CallId, _invite.RequestUri.User, _callee!.CallId);
    }

    /// <summary>The callee hung up: BYE to the caller, one record naming the callee.</summary>
    public async Task OnCalleeByeAsync()
    {
        Interlocked.Exchange(ref _calleeEnded, 1);
        if (_call is { } call) await _x.Service.EndAsync(call, "the callee hung up", sendBye: true, HangupSide.Callee).ConfigureAwait(false);
    }

    private void OnCallerInfo(SipRequest info)
    {
        if (_callee is { } callee && Volatile.Read(ref _calleeEnded) == 0) Relay(info, callee.CreateRequest(SipMethods.Info), callee.Peer);
    }

    public void OnCalleeInfo(SipRequest info, char? digit)
    {
        if (_call is { Ended: false } call) Relay(info, call.Dialog.CreateRequest(SipMethods.Info), call.Dialog.Peer);
    }

    /// <summary>Re-INVITEs are not passed between the legs yet: the callee's gets 481, as before.</summary>
    public bool OnCalleeReinvite(ServerTransaction reinvite) => false;

    private void Relay(SipRequest info, SipRequest copy, SipPeer to)
    {
        if (info.Headers.Get(SipHeaderNames.ContentType) is { } type) copy.Headers.Add(SipHeaderNames.ContentType, type);
        copy.Body = info.Body;
        _x.Stack.Transactions.Send(copy, to);
    }

    /// <summary>The caller leg ended (BYE from the caller, our own hang-up, shutdown): end the callee leg and free the ports.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_callee is { } callee)
        {
            _x.Bridged.RemoveCalleeLeg(callee);
            if (Interlocked.Exchange(ref _calleeEnded, 1) == 0) _x.Stack.Transactions.Send(callee.CreateRequest(SipMethods.Bye), callee.Peer);
        }
        if (_relay is not null) await _relay.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>One step's ringing: its forks, the forked INVITE and, once it completed, its result.</summary>
    private sealed record Ringing(List<OutboundInvite> Forks, ForkedInvite Forked, (OutboundInvite Fork, OutboundInviteResult Result) Result);
}
