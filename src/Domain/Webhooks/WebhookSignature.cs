using System.Security.Cryptography;
using System.Text;

namespace CallCenter.Domain.Webhooks;

/// <summary>
/// The <c>X-CallCenter-Signature</c> header: <c>sha256=</c> + lower-case hex of HMAC-SHA256 over
/// <c>"{timestamp}.{body}"</c> (UTF-8) keyed with the subscription's secret (UTF-8). Receivers recompute it and compare
/// in constant time, and reject old timestamps to stop replays.
/// </summary>
public static class WebhookSignature
{
    public const string Prefix = "sha256=";

    public static string Compute(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return Prefix + Convert.ToHexStringLower(mac);
    }

    /// <summary>Whether <paramref name="signature"/> is the one for this secret, timestamp and body (constant time).</summary>
    public static bool Verify(string secret, long timestamp, string body, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));
}
