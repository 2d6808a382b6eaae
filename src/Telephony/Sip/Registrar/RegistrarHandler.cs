using CallCenter.Telephony.Sip.Auth;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.UserAgents;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sip.Registrar;

/// <summary>
/// REGISTER (RFC 3261 §10.3) with digest authentication: challenge, verify against the credential
/// store, refuse a user registering someone else's address, then update the location service. A
/// wrong password and an unknown user get the same 403, and every refusal is logged.
/// </summary>
public sealed class RegistrarHandler(
    LocationService location,
    DigestVerifier verifier,
    ISipCredentialStore credentials,
    RegistrarOptions options,
    TimeProvider time,
    ILogger<RegistrarHandler> logger) : ISipRequestHandler
{
    public string Method => SipMethods.Register;

    public void Handle(ServerTransaction transaction) => _ = HandleAsync(transaction);

    private async Task HandleAsync(ServerTransaction transaction)
    {
        var request = transaction.Request;
        try
        {
            transaction.Respond(await RespondAsync(request, transaction.Peer).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "REGISTER from {Peer} failed", transaction.Peer);
            transaction.Respond(SipResponseFactory.Create(request, 500));
        }
    }

    private async Task<SipResponse> RespondAsync(SipRequest request, SipPeer peer)
    {
        var aorUser = request.To?.Uri.User;
        var authorization = request.Authorizations.FirstOrDefault(a => a.IsDigest && a["realm"] == verifier.Realm);
        if (authorization is null) return Challenge(request, stale: false);
        if (DigestFields.From(authorization) is not { } presented)
            return SipResponseFactory.Create(request, 400, "Bad Request (incomplete Authorization)");
        var user = await credentials.FindAsync(presented.Username).ConfigureAwait(false);
        switch (verifier.Verify(presented, request.Method, user))
        {
            case DigestOutcome.Stale:
                return Challenge(request, stale: true);
            case DigestOutcome.Rejected:
                logger.LogWarning("REGISTER refused: bad credentials for user {User} from {Peer}", presented.Username, peer);
                return SipResponseFactory.Create(request, 403);
        }
        if (!string.Equals(aorUser, presented.Username, StringComparison.Ordinal))
        {
            logger.LogWarning("REGISTER refused: user {User} from {Peer} tried to register {Aor}", presented.Username, peer, request.To?.Uri);
            return SipResponseFactory.Create(request, 403, "Forbidden (not your address)");
        }
        return Bind(request, peer, $"sip:{aorUser}@{verifier.Realm}");
    }

    private SipResponse Bind(SipRequest request, SipPeer peer, string aor)
    {
        var headerExpires = request.Expires is { } e ? TimeSpan.FromSeconds(e) : options.DefaultExpires;
        var updates = new List<BindingUpdate>();
        foreach (var contact in request.Contacts)
        {
            var expires = contact.Expires is { } c ? TimeSpan.FromSeconds(c) : headerExpires;
            updates.Add(new BindingUpdate(contact.IsWildcard ? LocationService.Wildcard : contact.Address!.Uri.Raw, expires, contact.Q ?? 1.0));
        }
        var result = updates.Count == 0
            ? new RegistrationResult(RegistrationOutcome.Ok, location.Lookup(aor))
            : location.Register(aor, request.CallId ?? "", request.CSeq?.Number ?? 0, peer.EndPoint, peer.Protocol, updates, request.UserAgent);
        switch (result.Outcome)
        {
            case RegistrationOutcome.IntervalTooBrief:
                var brief = SipResponseFactory.Create(request, 423);
                brief.Headers.Add("Min-Expires", ((int)result.MinExpires!.Value.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture));
                return brief;
            case RegistrationOutcome.OutOfOrder:
                return SipResponseFactory.Create(request, 500, "Server Internal Error (out-of-order REGISTER)");
            case RegistrationOutcome.InvalidWildcard:
                return SipResponseFactory.Create(request, 400, "Bad Request (* with other contacts or a non-zero expiry)");
        }
        var ok = SipResponseFactory.Create(request, 200);
        var now = time.GetUtcNow();
        foreach (var binding in result.Bindings)
            ok.Headers.Add(SipHeaderNames.Contact, $"<{binding.Contact}>;expires={(int)Math.Ceiling(binding.RemainingAt(now).TotalSeconds)}");
        ok.Headers.Add("Date", now.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        if (updates.Count > 0) logger.LogInformation("Registered {Aor} at {Peer}: {Count} contact(s)", aor, peer, result.Bindings.Count);
        return ok;
    }

    private SipResponse Challenge(SipRequest request, bool stale)
    {
        var response = SipResponseFactory.Create(request, 401);
        foreach (var algorithm in options.Challenges) response.Headers.Add(SipHeaderNames.WwwAuthenticate, verifier.Challenge(algorithm, stale));
        return response;
    }
}
