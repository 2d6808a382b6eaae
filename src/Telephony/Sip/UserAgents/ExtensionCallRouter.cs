using CallCenter.Telephony.Sessions;
using CallCenter.Telephony.Sessions.FeatureCodes;
using CallCenter.Telephony.Sessions.Forwarding;
using CallCenter.Telephony.Sip.Auth;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Registrar;
using CallCenter.Telephony.Sip.Transactions;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>
/// Routes INVITEs for numbers that are not built-in services. Such calls must come from an extension:
/// the caller is challenged with 407 (the registrar's realm, nonces, challenges and credential store)
/// and must authenticate as the user in its From — before the number is looked at, so an outsider gets
/// the same 407 for every number and cannot enumerate extensions. A feature code (<c>*7x</c>) of the authenticated caller goes to
/// the <see cref="IFeatureCodeHandler"/> (answered, a confirmation played, hung up). A number that is no extension gets 404.
/// Then every live registrar binding of the callee is rung at once through a <see cref="B2buaCall"/>, following the
/// extension's <see cref="IExtensionForwarding"/> rules (<see cref="ForwardingPlan"/>); a known extension without a binding
/// and without forwarding gets 480.
/// </summary>
public sealed class ExtensionCallRouter
{
    private readonly B2buaContext _context;
    private readonly LocationService _location;
    private readonly DigestVerifier _verifier;
    private readonly ISipCredentialStore _credentials;
    private readonly RegistrarOptions _registrar;
    private readonly ILogger _logger;
    private readonly CallTargetResolver _targets;
    private readonly IExtensionForwarding? _forwarding;
    private readonly FeatureCodeCall? _featureCodes;

    public ExtensionCallRouter(SipStack stack, Rtp.RtpPortPool ports, Sdp.SdpNegotiator negotiator, CallService service, BridgedCallRegistry bridged,
        LocationService location, DigestVerifier verifier, ISipCredentialStore credentials, RegistrarOptions registrar, B2buaOptions options,
        TimeProvider time, ILoggerFactory loggers, IExtensionForwarding? forwarding = null, IFeatureCodeHandler? featureCodes = null,
        Media.Clock.MediaClock? clock = null, CallSessionRegistry? sessions = null)
    {
        _context = new B2buaContext(stack, ports, negotiator, service, bridged, options, time, loggers);
        _targets = new CallTargetResolver(location, registrar.Realm);
        _forwarding = forwarding;
        if (featureCodes is not null && clock is not null)
            _featureCodes = new FeatureCodeCall(featureCodes, new InboundAnswerer(stack, service, ports, negotiator, time),
                new CallSessionContext(stack, service, bridged, clock, CallSessionContext.DefaultHoldMusic, time, loggers), sessions ?? new CallSessionRegistry(), time, loggers);
        _location = location;
        _verifier = verifier;
        _credentials = credentials;
        _registrar = registrar;
        _logger = loggers.CreateLogger<ExtensionCallRouter>();
    }

    /// <summary>Answers the INVITE now or later (it runs until the callee leg is settled).</summary>
    public void Handle(ServerTransaction transaction) => _ = HandleAsync(transaction);

    private async Task HandleAsync(ServerTransaction transaction)
    {
        var request = transaction.Request;
        var startedAt = _context.Time.GetUtcNow();
        try
        {
            // Authenticate first: an unauthenticated caller must not learn which numbers are extensions (404 vs 407).
            if (!await AuthenticateAsync(transaction).ConfigureAwait(false)) return;
            var number = request.RequestUri.User ?? "";
            if (_featureCodes is not null && FeatureCodes.IsFeatureCode(number))
            {
                await _featureCodes.HandleAsync(transaction, request.From!.Uri.User!, number, startedAt).ConfigureAwait(false);
                return;
            }
            if (number.Length == 0 || await _credentials.FindAsync(number).ConfigureAwait(false) is null)
            {
                _logger.LogInformation("INVITE from {From} to {Number}: no such number", request.From?.Uri, number);
                Refuse(transaction, 404, null, "no such number", startedAt);
                return;
            }
            var plan = new ForwardingPlan(number, _forwarding?.For(number), _context.Options.RingTimeout);
            if (!plan.Forwards && _location.Lookup($"sip:{number}@{_registrar.Realm}").Count == 0)
            {
                _logger.LogInformation("INVITE from {From} to extension {Number}: not registered", request.From?.Uri, number);
                Refuse(transaction, 480, "Temporarily Unavailable (not registered)", "the extension is not registered", startedAt);
                return;
            }
            await new B2buaCall(_context, transaction, plan, _targets, startedAt).RunAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "INVITE {CallId} to {Uri} failed", request.CallId, request.RequestUri);
            transaction.Respond(SipResponseFactory.Create(request, 500));
        }
    }

    private async Task<bool> AuthenticateAsync(ServerTransaction transaction)
    {
        var request = transaction.Request;
        var authorization = request.ProxyAuthorizations.FirstOrDefault(a => a.IsDigest && a["realm"] == _verifier.Realm);
        if (authorization is null)
        {
            Challenge(transaction, stale: false);
            return false;
        }
        if (DigestFields.From(authorization) is not { } presented)
        {
            transaction.Respond(SipResponseFactory.Create(request, 400, "Bad Request (incomplete Proxy-Authorization)"));
            return false;
        }
        var user = await _credentials.FindAsync(presented.Username).ConfigureAwait(false);
        switch (_verifier.Verify(presented, request.Method, user))
        {
            case DigestOutcome.Stale:
                Challenge(transaction, stale: true);
                return false;
            case DigestOutcome.Rejected:
                _logger.LogWarning("INVITE refused: bad credentials for user {User} from {Peer}", presented.Username, transaction.Peer);
                transaction.Respond(SipResponseFactory.Create(request, 403));
                return false;
        }
        if (!string.Equals(request.From?.Uri.User, presented.Username, StringComparison.Ordinal))
        {
            _logger.LogWarning("INVITE refused: user {User} from {Peer} called as {From}", presented.Username, transaction.Peer, request.From?.Uri);
            transaction.Respond(SipResponseFactory.Create(request, 403, "Forbidden (not your address)"));
            return false;
        }
        return true;
    }

    private void Challenge(ServerTransaction transaction, bool stale)
    {
        var response = SipResponseFactory.Create(transaction.Request, 407);
        foreach (var algorithm in _registrar.Challenges) response.Headers.Add(SipHeaderNames.ProxyAuthenticate, _verifier.Challenge(algorithm, stale));
        transaction.Respond(response);
    }

    private void Refuse(ServerTransaction transaction, int code, string? reason, string cause, DateTimeOffset startedAt)
    {
        transaction.Respond(SipResponseFactory.Create(transaction.Request, code, reason));
        _context.Service.Refused(transaction.Request, startedAt, code, cause);
    }
}
