using System.Security.Cryptography;
using System.Text;

namespace CallCenter.Telephony.Sip.Auth;

/// <summary>The digest computations of RFC 2617 §3.2.2 / RFC 7616 §3.4.1 (lower-case hex).</summary>
public static class DigestHash
{
    public static string Hex(DigestAlgorithm algorithm, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var hash = algorithm == DigestAlgorithm.Sha256 ? SHA256.HashData(bytes) : MD5.HashData(bytes);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>HA1 = H(username:realm:password); what a registrar may store instead of the password.</summary>
    public static string Ha1(DigestAlgorithm algorithm, string username, string realm, string password) =>
        Hex(algorithm, $"{username}:{realm}:{password}");

    /// <summary>The response a client must send for these credentials, given HA1 and the request method.</summary>
    public static string Response(DigestAlgorithm algorithm, string ha1, string method, DigestCredentials c)
    {
        var ha2 = Hex(algorithm, $"{method}:{c.Uri}");
        return c.Qop is null
            ? Hex(algorithm, $"{ha1}:{c.Nonce}:{ha2}")
            : Hex(algorithm, $"{ha1}:{c.Nonce}:{c.NonceCount}:{c.ClientNonce}:{c.Qop}:{ha2}");
    }
}
