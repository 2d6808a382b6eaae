using CallCenter.Telephony.Sip.Auth;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Telephony.Tests.Sip.Auth;

public sealed class DigestTests
{
    [Fact]
    public void MD5_response_matches_the_RFC_2617_example()
    {
        var c = new DigestCredentials("Mufasa", "testrealm@host.com", "dcd98b7102dd2f0e8b11d0f600bfb0c093", "/dir/index.html", "",
            DigestAlgorithm.Md5, "auth", "00000001", "0a4f113b");
        var ha1 = DigestHash.Ha1(DigestAlgorithm.Md5, "Mufasa", "testrealm@host.com", "Circle Of Life");

        Assert.Equal("6629fae49393a05397450978507c4ef1", DigestHash.Response(DigestAlgorithm.Md5, ha1, "GET", c));
    }

    [Theory]
    [InlineData(DigestAlgorithm.Md5, "8ca523f5e9506fed4657c9700eebdbec")]
    [InlineData(DigestAlgorithm.Sha256, "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")]
    public void Responses_match_the_RFC_7616_examples(DigestAlgorithm algorithm, string expected)
    {
        var c = new DigestCredentials("Mufasa", "http-auth@example.org", "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", "/dir/index.html", "",
            algorithm, "auth", "00000001", "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ");
        var ha1 = DigestHash.Ha1(algorithm, "Mufasa", "http-auth@example.org", "Circle of Life");

        Assert.Equal(expected, DigestHash.Response(algorithm, ha1, "GET", c));
    }

    [Theory]
    [InlineData(DigestAlgorithm.Md5)]
    [InlineData(DigestAlgorithm.Sha256)]
    public void A_phone_answering_our_challenge_with_the_right_password_is_accepted(DigestAlgorithm algorithm)
    {
        var (verifier, _) = Verifier();
        var nonce = NonceOf(verifier.Challenge(algorithm));
        var ha1 = DigestHash.Ha1(algorithm, "1001", "callcenter", "s3cret");
        var credentials = Answer(algorithm, "1001", nonce, "s3cret");

        Assert.Equal(DigestOutcome.Accepted, verifier.VerifyHa1(credentials, "REGISTER", ha1));
    }

    [Fact]
    public void A_wrong_password_and_an_unknown_user_get_the_same_answer()
    {
        var (verifier, _) = Verifier();
        var nonce = NonceOf(verifier.Challenge(DigestAlgorithm.Md5));
        var ha1 = DigestHash.Ha1(DigestAlgorithm.Md5, "1001", "callcenter", "s3cret");

        Assert.Equal(DigestOutcome.Rejected, verifier.VerifyHa1(Answer(DigestAlgorithm.Md5, "1001", nonce, "guess"), "REGISTER", ha1));
        Assert.Equal(DigestOutcome.Rejected, verifier.VerifyHa1(Answer(DigestAlgorithm.Md5, "9999", nonce, "guess"), "REGISTER", null));
    }

    [Fact]
    public void An_old_nonce_with_the_right_password_is_stale_so_the_phone_retries_silently()
    {
        var (verifier, time) = Verifier();
        var nonce = NonceOf(verifier.Challenge(DigestAlgorithm.Md5));
        time.Advance(TimeSpan.FromMinutes(6));
        var ha1 = DigestHash.Ha1(DigestAlgorithm.Md5, "1001", "callcenter", "s3cret");

        Assert.Equal(DigestOutcome.Stale, verifier.VerifyHa1(Answer(DigestAlgorithm.Md5, "1001", nonce, "s3cret"), "REGISTER", ha1));
        Assert.Contains("stale=true", verifier.Challenge(DigestAlgorithm.Md5, stale: true));
    }

    [Fact]
    public void A_nonce_we_did_not_issue_is_rejected_even_with_the_right_password()
    {
        var (verifier, _) = Verifier();
        var (other, _) = Verifier();
        var foreign = NonceOf(other.Challenge(DigestAlgorithm.Md5));
        var ha1 = DigestHash.Ha1(DigestAlgorithm.Md5, "1001", "callcenter", "s3cret");

        Assert.Equal(DigestOutcome.Rejected, verifier.VerifyHa1(Answer(DigestAlgorithm.Md5, "1001", foreign, "s3cret"), "REGISTER", ha1));
        Assert.Equal(DigestOutcome.Rejected, verifier.VerifyHa1(Answer(DigestAlgorithm.Md5, "1001", "garbage", "s3cret"), "REGISTER", ha1));
    }

    [Fact]
    public void The_challenge_names_realm_qop_and_algorithm()
    {
        var (verifier, _) = Verifier();
        var challenge = verifier.Challenge(DigestAlgorithm.Sha256);
        Assert.StartsWith("Digest realm=\"callcenter\", nonce=\"", challenge);
        Assert.Contains("qop=\"auth\"", challenge);
        Assert.EndsWith("algorithm=SHA-256", challenge);
    }

    private static (DigestVerifier, FakeTimeProvider) Verifier()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        return (new DigestVerifier(new NonceService(time, TimeSpan.FromMinutes(5)), "callcenter"), time);
    }

    private static string NonceOf(string challenge)
    {
        var start = challenge.IndexOf("nonce=\"", StringComparison.Ordinal) + 7;
        return challenge[start..challenge.IndexOf('"', start)];
    }

    private static DigestCredentials Answer(DigestAlgorithm algorithm, string user, string nonce, string password)
    {
        var c = new DigestCredentials(user, "callcenter", nonce, "sip:127.0.0.1", "", algorithm, "auth", "00000001", "abcdef");
        return c with { Response = DigestHash.Response(algorithm, DigestHash.Ha1(algorithm, user, "callcenter", password), "REGISTER", c) };
    }
}
