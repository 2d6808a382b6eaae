using System.Security.Cryptography;
using System.Text;

namespace CallCenter.Portal.Tests.Webhooks;

/// <summary>One request a <see cref="WebhookReceiver"/> got: method, path, content type, the CallCenter headers, the body, and the status it answered.</summary>
public sealed record ReceivedWebhook(string Method, string Path, string? ContentType, string? Event, string? Delivery, long? Timestamp, string? Signature, string Body, int AnsweredWith)
{
    /// <summary>
    /// The signature an integrator would compute, written here independently of the product's code:
    /// "sha256=" + hex(HMAC-SHA256(secret, "{timestamp}.{body}")).
    /// </summary>
    public string ExpectedSignature(string secret)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var mac = hmac.ComputeHash(Encoding.UTF8.GetBytes(Timestamp + "." + Body));
        return "sha256=" + string.Concat(mac.Select(b => b.ToString("x2")));
    }
}
