using System.Net;
using System.Net.Sockets;
using System.Text;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Media.Clock;
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
/// </summary>
public sealed class CallOriginator
{
    private readonly CallSessionContext _x;
    private readonly RtpPortPool _ports;
    private readonly SdpNegotiator _negotiator;
    private readonly CallSessionRegistry _sessions;
    private readonly LocationService _location;
    private readonly string _realm;
    private readonly ILogger _logger;

    public CallOriginator(SipStack stack, RtpPortPool ports, SdpNegotiator negotiator, CallService service, BridgedCallRegistry legs,
        CallSessionRegistry sessions, LocationService location, RegistrarOptions registrar, MediaClock clock, TimeProvider time, ILoggerFactory loggers)
    {
        _x = new CallSessionContext(stack, service, legs, clock, CallSessionContext.DefaultHoldMusic, time, loggers);
        _ports = ports;
        _negotiator = negotiator;
        _sessions = sessions;
        _location = location;
        _realm = registrar.Realm;
        _logger = loggers.CreateLogger<CallOriginator>();
    }

    /// <summary>See <see cref="ITelephony.OriginateAsync"/>.</summary>
    public async Task<OriginateResult> OriginateAsync(OriginateRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var startedAt = _x.Time.GetUtcNow();
        var target = await ResolveAsync(request.Destination, ct).ConfigureAwait(false);
        if (target.Failure is { } failure) return failure;
        var (to, peer) = (target.To!, target.Contacts[0].Peer);
        var local = LocalAddress.For(peer.EndPoint.Address);
        if (_ports.TryAllocate(local) is not { } lease)
            return OriginateResult.Fail(OriginateOutcome.Failed, 503, "no RTP ports left");
        var sdp = new SdpSession(local.ToString(), lease.Port);
        var offer = _negotiator.CreateOffer(sdp).ToString();
        var forks = new List<OutboundInvite>(target.Contacts.Count);
        // Every contact reachable from the same local address as the first gets the one offer (only one answer is kept).
        foreach (var (uri, contactPeer) in target.Contacts)
        {
            if (!LocalAddress.For(contactPeer.EndPoint.Address).Equals(local)) continue;
            var sentBy = $"{local}:{(contactPeer.Protocol == SipProtocol.Tcp ? _x.Stack.TcpEndPoint : _x.Stack.UdpEndPoint)?.Port ?? 5060}";
            var fromUri = SipUri.Create(request.CallerId, target.IsExtension ? _realm : local.ToString());
            var from = request.CallerName is { Length: > 0 } name ? $"\"{name.Replace("\"", "", StringComparison.Ordinal)}\" <{fromUri}>" : $"<{fromUri}>";
            var contact = $"<{SipUri.Create(request.CallerId, sentBy)};transport={contactPeer.Protocol.ToString().ToLowerInvariant()}>";
            var forkInvite = OutboundInvite.Create(uri, from, to, sentBy, contactPeer.Protocol, contact, offer);
            forks.Add(new OutboundInvite(_x.Stack.Transactions, _x.Stack, forkInvite, contactPeer, sentBy, _logger));
            // Ready for the callee's requests before it can send any (a BYE may overtake our set-up of the answered call).
            _x.Legs.AddPendingLeg(forkInvite);
            _logger.LogInformation("Originating call {CallId} from {From} to {Destination} ({Uri} via {Peer})", forkInvite.CallId, from, request.Destination, uri, contactPeer);
        }
        var ringing = new ForkedInvite(forks, late => _x.Stack.Transactions.Send(late.CreateRequest(SipMethods.Bye), late.Peer));
        var timedOut = false;
        OutboundInvite answered;
        OutboundInviteResult result;
        using (_x.Time.CreateTimer(_ => { timedOut = true; ringing.Cancel(); }, null, request.RingTimeout, Timeout.InfiniteTimeSpan))
        using (ct.Register(ringing.Cancel))
        {
            ringing.Start();
            (answered, result) = await ringing.CompletionAsync().ConfigureAwait(false);
        }
        foreach (var fork in forks)
            if (!result.Answered || !ReferenceEquals(fork, answered)) _x.Legs.AbandonPendingLeg(fork.Request);
        var first = forks[0].Request;
        if (!result.Answered)
        {
            lease.Dispose();
            var (outcome, side, cause) = ct.IsCancellationRequested ? (OriginateOutcome.Cancelled, HangupSide.Server, "cancelled by the application")
                : timedOut ? (OriginateOutcome.NoAnswer, HangupSide.Server, "no answer")
                : (OriginateOutcome.Rejected, HangupSide.Callee, $"the callee answered {result.StatusCode}");
            _logger.LogInformation("Originated call {CallId} to {Destination}: {Outcome} ({Status})", first.CallId, request.Destination, outcome, result.StatusCode);
            _x.Service.Refused(first, startedAt, result.StatusCode, cause, side);
            return OriginateResult.Fail(outcome, result.StatusCode, cause);
        }
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

    private async Task<Target> ResolveAsync(string destination, CancellationToken ct)
    {
        if (!destination.Contains(':', StringComparison.Ordinal))
        {
            var contacts = new List<(SipUri, SipPeer)>();
            foreach (var binding in _location.Lookup($"sip:{destination}@{_realm}"))
                if (SipUri.Parse(binding.Contact) is { } contact) contacts.Add((contact, new SipPeer(binding.Source, binding.Protocol)));
            if (contacts.Count == 0)
                return Target.Fail(OriginateResult.Fail(OriginateOutcome.NotRegistered, 480, $"extension {destination} is not registered"));
            return new Target(contacts, $"<sip:{destination}@{_realm}>", true, null);
        }
        if (SipUri.Parse(destination) is not { IsSip: true } uri || uri.Host.Length == 0)
            return Target.Fail(OriginateResult.Fail(OriginateOutcome.Failed, null, $"\"{destination}\" is not a SIP URI"));
        var host = uri.Host.Trim('[', ']');
        IPAddress? address;
        if (!IPAddress.TryParse(host, out address))
        {
            try
            {
                address = (await Dns.GetHostAddressesAsync(host, ct).ConfigureAwait(false)).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork);
            }
            catch (SocketException)
            {
                address = null;
            }
        }
        if (address is null) return Target.Fail(OriginateResult.Fail(OriginateOutcome.Failed, null, $"the host of {destination} was not found"));
        var protocol = string.Equals(uri.Parameters.Get("transport"), "tcp", StringComparison.OrdinalIgnoreCase) ? SipProtocol.Tcp : SipProtocol.Udp;
        return new Target([(uri, new SipPeer(new IPEndPoint(address, uri.Port ?? 5060), protocol))], $"<{uri.Raw}>", false, null);
    }

    /// <summary>Where to ring: every registered contact of an extension (best first), or the one SIP URI.</summary>
    private sealed record Target(IReadOnlyList<(SipUri Uri, SipPeer Peer)> Contacts, string? To, bool IsExtension, OriginateResult? Failure)
    {
        public static Target Fail(OriginateResult failure) => new([], null, false, failure);
    }
}
