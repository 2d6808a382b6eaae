using System.Net;
using System.Text;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Media.Clock;
using CallCenter.Telephony.Sessions.Forwarding;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Registrar;
using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.Transport;
using CallCenter.Telephony.Sip.UserAgents;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sessions;

/// <summary>
/// Places calls (<see cref="ITelephony.OriginateAsync"/>): to an extension at every registrar binding at once (its
/// real source address and transport, as the B2BUA calls it; the first to answer wins, <see cref="ForkedInvite"/>) or to a SIP URI; our offer on a leased port pair; ringing
/// until the answer, a failure, the ring timeout or the caller's cancellation (both CANCEL). An answered call becomes
/// an outbound <see cref="SipCallSession"/> (an <see cref="OutboundLeg"/>) in the <see cref="CallSessionRegistry"/>.
/// Unanswered attempts get a call record like refused inbound calls.
/// A call to an extension follows its <see cref="IExtensionForwarding"/> rules (unconditional, busy, no answer, follow-me:
/// <see cref="ForwardingPlan"/>) unless <see cref="OriginateRequest.ApplyForwarding"/> is false; each step is one forked
/// ringing with its own ring time and its own record when unanswered.
/// </summary>
public sealed class CallOriginator
{
    private readonly CallSessionContext _x;
    private readonly RtpPortPool _ports;
    private readonly SdpNegotiator _negotiator;
    private readonly CallSessionRegistry _sessions;
    private readonly CallTargetResolver _targets;
    private readonly IExtensionForwarding? _forwarding;
    private readonly ILogger _logger;

    public CallOriginator(SipStack stack, RtpPortPool ports, SdpNegotiator negotiator, CallService service, BridgedCallRegistry legs,
        CallSessionRegistry sessions, LocationService location, RegistrarOptions registrar, MediaClock clock, TimeProvider time, ILoggerFactory loggers,
        IExtensionForwarding? forwarding = null)
    {
        _x = new CallSessionContext(stack, service, legs, clock, CallSessionContext.DefaultHoldMusic, time, loggers);
        _ports = ports;
        _negotiator = negotiator;
        _sessions = sessions;
        _targets = new CallTargetResolver(location, registrar.Realm);
        _forwarding = forwarding;
        _logger = loggers.CreateLogger<CallOriginator>();
    }

    /// <summary>See <see cref="ITelephony.OriginateAsync"/>.</summary>
    public async Task<OriginateResult> OriginateAsync(OriginateRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var startedAt = _x.Time.GetUtcNow();
        var rules = request.ApplyForwarding && !request.Destination.Contains(':', StringComparison.Ordinal) ? _forwarding?.For(request.Destination) : null;
        var plan = new ForwardingPlan(request.Destination, rules, request.RingTimeout);
        var (step, target, failure) = await ReachableAsync(plan, plan.First, null, ct).ConfigureAwait(false);
        if (step is null) return failure!;
        var local = LocalAddress.For(target!.Contacts[0].Peer.EndPoint.Address);
        if (_ports.TryAllocate(local) is not { } lease)
            return OriginateResult.Fail(OriginateOutcome.Failed, 503, "no RTP ports left");
        var sdp = new SdpSession(local.ToString(), lease.Port);
        var offer = _negotiator.CreateOffer(sdp).ToString();
        Ringing rung;
        while (true)
        {
            if (step.Forwarded) _logger.LogInformation("Originated call to {Destination} forwarded ({Reason}) to {Target}", request.Destination, step.Reason, step.Target);
            rung = await RingAsync(request, step, target!, local, offer, ct).ConfigureAwait(false);
            if (rung.Result.Answered) break;
            var (outcome, side, cause) = ct.IsCancellationRequested ? (OriginateOutcome.Cancelled, HangupSide.Server, "cancelled by the application")
                : rung.TimedOut ? (OriginateOutcome.NoAnswer, HangupSide.Server, "no answer")
                : (OriginateOutcome.Rejected, HangupSide.Callee, $"the callee answered {rung.Result.StatusCode}");
            if (rung.Forks.Count > 0)
            {
                var first = rung.Forks[0].Request;
                _logger.LogInformation("Originated call {CallId} to {Destination}: {Outcome} ({Status})", first.CallId, step.Target, outcome, rung.Result.StatusCode);
                _x.Service.Refused(first, startedAt, rung.Result.StatusCode, cause, side);
            }
            failure = OriginateResult.Fail(outcome, rung.Result.StatusCode, cause);
            if (ct.IsCancellationRequested) break;
            (step, target, failure) = await ReachableAsync(plan, plan.Next(rung.AllBusy), failure, ct).ConfigureAwait(false);
            if (step is null) break;
        }
        if (!rung.Result.Answered)
        {
            lease.Dispose();
            return failure!;
        }
        var (answered, result) = (rung.Answered!, rung.Result);
        var invite = answered.Request;
        var sentByAnswered = answered.LocalSentBy;
        var dialog = result.Dialog!;
        var answer = result.Response!.Body.IsEmpty ? null : SdpParser.Parse(Encoding.UTF8.GetString(result.Response.Body.Span)).Description;
        var negotiated = answer is null ? null : _negotiator.ProcessAnswer(sdp, answer);
        if (negotiated is not { Success: true })
        {
            _x.Legs.AbandonPendingLeg(invite);
            _x.Stack.Transactions.Send(dialog.CreateRequest(SipMethods.Bye), dialog.Peer);
            lease.Dispose();
            _x.Service.Refused(invite, startedAt, 488, "the callee's SDP answer was unusable", HangupSide.Server);
            return OriginateResult.Fail(OriginateOutcome.Failed, 488, "the called party's SDP answer was unusable");
        }
        var leg = new OutboundLeg(_x, _negotiator, dialog, new PreparedAnswer(lease, negotiated.Agreement!, offer, sentByAnswered, sdp), startedAt, _x.Time.GetUtcNow());
        var session = new SipCallSession(_x, leg);
        _sessions.Add(session);
        await session.AnswerAsync(CancellationToken.None).ConfigureAwait(false);
        return new OriginateResult(OriginateOutcome.Answered, session, result.StatusCode, "answered");
    }

    // The first step from this one on that resolves to something to ring (an unregistered extension counts as not answering).
    private async Task<(RingStep? Step, CallTarget? Target, OriginateResult? Failure)> ReachableAsync(ForwardingPlan plan, RingStep? step,
        OriginateResult? failure, CancellationToken ct)
    {
        while (step is not null && !ct.IsCancellationRequested)
        {
            var target = await _targets.ResolveAsync(step.Target, ct).ConfigureAwait(false);
            if (target.Failure is null) return (step, target, failure);
            failure = target.Failure;
            if (step.Forwarded) _logger.LogInformation("Forwarding target {Target} ({Reason}) unusable: {Message}", step.Target, step.Reason, failure.Message);
            step = plan.Next(busy: false);
        }
        return (null, null, ct.IsCancellationRequested ? OriginateResult.Fail(OriginateOutcome.Cancelled, null, "cancelled by the application") : failure);
    }

    // Rings every contact of one step reachable from our local address at once, for the step's ring time.
    private async Task<Ringing> RingAsync(OriginateRequest request, RingStep step, CallTarget target, IPAddress local, string offer, CancellationToken ct)
    {
        var forks = new List<OutboundInvite>(target.Contacts.Count);
        foreach (var (uri, contactPeer) in target.Contacts)
        {
            if (!LocalAddress.For(contactPeer.EndPoint.Address).Equals(local)) continue;
            var sentBy = $"{local}:{(contactPeer.Protocol == SipProtocol.Tcp ? _x.Stack.TcpEndPoint : _x.Stack.UdpEndPoint)?.Port ?? 5060}";
            var fromUri = SipUri.Create(request.CallerId, target.IsExtension ? _targets.Realm : local.ToString());
            var from = request.CallerName is { Length: > 0 } name ? $"\"{name.Replace("\"", "", StringComparison.Ordinal)}\" <{fromUri}>" : $"<{fromUri}>";
            var contact = $"<{SipUri.Create(request.CallerId, sentBy)};transport={contactPeer.Protocol.ToString().ToLowerInvariant()}>";
            var forkInvite = OutboundInvite.Create(uri, from, target.To!, sentBy, contactPeer.Protocol, contact, offer);
            forks.Add(new OutboundInvite(_x.Stack.Transactions, _x.Stack, forkInvite, contactPeer, sentBy, _logger));
            // Ready for the callee's requests before it can send any (a BYE may overtake our set-up of the answered call).
            _x.Legs.AddPendingLeg(forkInvite);
            _logger.LogInformation("Originating call {CallId} from {From} to {Destination} ({Uri} via {Peer})", forkInvite.CallId, from, step.Target, uri, contactPeer);
        }
        // A later step on another network than the first (our RTP port faces the first): not reachable from this call.
        if (forks.Count == 0) return new Ringing(forks, null, new OutboundInviteResult(480, null, null), false, false);
        var ringing = new ForkedInvite(forks, late => _x.Stack.Transactions.Send(late.CreateRequest(SipMethods.Bye), late.Peer));
        var timedOut = false;
        OutboundInvite answered;
        OutboundInviteResult result;
        using (_x.Time.CreateTimer(_ => { timedOut = true; ringing.Cancel(); }, null, step.RingTime, Timeout.InfiniteTimeSpan))
        using (ct.Register(ringing.Cancel))
        {
            ringing.Start();
            (answered, result) = await ringing.CompletionAsync().ConfigureAwait(false);
        }
        foreach (var fork in forks)
            if (!result.Answered || !ReferenceEquals(fork, answered)) _x.Legs.AbandonPendingLeg(fork.Request);
        var allBusy = !result.Answered && !timedOut && forks.TrueForAll(f => f.Completion.IsCompletedSuccessfully && f.Completion.Result.StatusCode is 486 or 600 or 603);
        return new Ringing(forks, result.Answered ? answered : null, result, timedOut, allBusy);
    }

    /// <summary>How one step rang: its forks, the one that answered, the result, whether the ring time ran out, whether every phone was busy.</summary>
    private sealed record Ringing(List<OutboundInvite> Forks, OutboundInvite? Answered, OutboundInviteResult Result, bool TimedOut, bool AllBusy);
}
