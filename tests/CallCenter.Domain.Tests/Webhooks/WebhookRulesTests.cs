using System.Security.Cryptography;
using System.Text;
using CallCenter.Domain.Webhooks;

namespace CallCenter.Domain.Tests.Webhooks;

/// <summary>The back-off schedule, the signature as an integrator recomputes it, and what a subscription may say.</summary>
public sealed class WebhookRulesTests
{
    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 30)]
    [InlineData(3, 120)]
    [InlineData(4, 600)]
    [InlineData(5, 3600)]
    [InlineData(7, 3600)]
    public void The_default_back_off_is_10s_30s_2min_10min_then_hourly(int failedAttempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), new WebhookOptions().RetryDelay(failedAttempts));

    [Fact]
    public void A_configured_back_off_may_use_fractions_of_a_second_and_its_last_step_repeats()
    {
        var options = new WebhookOptions { BackoffSeconds = "0.05, 0.2" };
        Assert.Equal([50, 200, 200], new[] { 1, 2, 3 }.Select(a => options.RetryDelay(a).TotalMilliseconds));
        Assert.Throws<InvalidOperationException>(() => new WebhookOptions { BackoffSeconds = "10,soon" }.RetryDelay(1));
    }

    [Fact]
    public void The_signature_is_the_hex_HMAC_SHA256_of_timestamp_dot_body_keyed_with_the_secret()
    {
        const string secret = "whsec_0123456789abcdef";
        const string body = """{"id":"e1","type":"call.offered","data":{"customer":"张三"}}""";
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var expected = "sha256=" + BitConverter.ToString(hmac.ComputeHash(Encoding.UTF8.GetBytes("1764036000." + body))).Replace("-", "").ToLowerInvariant();

        Assert.Equal(expected, WebhookSignature.Compute(secret, 1764036000, body));
        Assert.True(WebhookSignature.Verify(secret, 1764036000, body, expected));
        Assert.False(WebhookSignature.Verify(secret, 1764036001, body, expected));
        Assert.False(WebhookSignature.Verify("another secret", 1764036000, body, expected));
    }

    [Fact]
    public void A_subscription_needs_a_name_an_http_or_https_url_and_known_events()
    {
        Assert.Empty(new WebhookSubscriptionInput("crm", "https://crm.example.com/hook", ["call.offered", "*"]).Validate());
        var errors = new WebhookSubscriptionInput(" ", "ftp://crm.example.com/hook", ["call.offered", "call.transferred"]).Validate();
        Assert.Equal(["events", "name", "url"], errors.Keys.Order());
        Assert.Contains("'call.transferred'", errors["events"][0]);
        Assert.Contains("events", new WebhookSubscriptionInput("crm", "http://x/", []).Validate().Keys);
        Assert.Contains("url", new WebhookSubscriptionInput("crm", "/relative", ["*"]).Validate().Keys);
    }
}
