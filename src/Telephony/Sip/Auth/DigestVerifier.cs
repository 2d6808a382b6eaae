using System.Security.Cryptography;
using System.Text;

namespace CallCenter.Telephony.Sip.Auth;

/// <summary>
/// Checks Digest credentials (RFC 2617 / 7616 / 8760, qop=auth or none). The outcome for an unknown
/// user is the same as for a wrong password, so nobody can enumerate extensions.
/// </summary>
public sealed class DigestVerifier(NonceService nonces, string realm)
{
    public string Realm => realm;

    /// <summary>The WWW-Authenticate (or Proxy-Authenticate) value to challenge with.</summary>
    public string Challenge(DigestAlgorithm algorithm, bool stale = false)
    {
        var builder = new StringBuilder("Digest realm=\"").Append(realm).Append("\", nonce=\"").Append(nonces.Issue())
            .Append("\", qop=\"auth\", algorithm=").Append(algorithm == DigestAlgorithm.Sha256 ? "SHA-256" : "MD5");
        if (stale) builder.Append(", stale=true");
        return builder.ToString();
    }

    /// <summary>Checks credentials against the user's stored credential (null: no such user; disabled or another realm: refused alike).</summary>
    public DigestOutcome Verify(DigestCredentials credentials, string method, SipCredential? user) =>
        VerifyHa1(credentials, method, user is { Enabled: true } && user.Realm == realm ? user.Ha1(credentials.Algorithm) : null);

    /// <param name="ha1">The stored HA1 of the claimed user for this algorithm; null when the user does not exist.</param>
    public DigestOutcome VerifyHa1(DigestCredentials credentials, string method, string? ha1)
    {
        if (!string.Equals(credentials.Realm, realm, StringComparison.Ordinal)) return DigestOutcome.Rejected;
        if (credentials.Qop is not null && (credentials.Qop != "auth" || credentials.NonceCount is null || credentials.ClientNonce is null))
            return DigestOutcome.Rejected;
        // Compute even for an unknown user, so both cases take the same time.
        var expected = DigestHash.Response(credentials.Algorithm, ha1 ?? DigestHash.Ha1(credentials.Algorithm, credentials.Username, realm, "\0unknown"), method, credentials);
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(credentials.Response.ToLowerInvariant()));
        if (!matches || ha1 is null) return DigestOutcome.Rejected;
        return nonces.Check(credentials.Nonce) switch
        {
            NonceCheck.Valid => DigestOutcome.Accepted,
            NonceCheck.Stale => DigestOutcome.Stale,
            _ => DigestOutcome.Rejected,
        };
    }
}
