using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Sip.Auth;

/// <summary>Reads <see cref="DigestCredentials"/> from a parsed Authorization header.</summary>
public static class DigestFields
{
    /// <summary>The credentials, or null when a mandatory parameter is missing or the algorithm is unknown.</summary>
    public static DigestCredentials? From(SipAuthHeader header)
    {
        if (header["username"] is not { } user || header["realm"] is not { } realm || header["nonce"] is not { } nonce
            || header["uri"] is not { } uri || header["response"] is not { } response) return null;
        DigestAlgorithm algorithm;
        switch (header["algorithm"]?.ToUpperInvariant())
        {
            case null or "MD5": algorithm = DigestAlgorithm.Md5; break;
            case "SHA-256": algorithm = DigestAlgorithm.Sha256; break;
            default: return null;
        }
        return new DigestCredentials(user, realm, nonce, uri, response, algorithm, header["qop"], header["nc"], header["cnonce"], header["opaque"]);
    }
}
