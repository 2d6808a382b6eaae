using CallCenter.Domain.Customers;

namespace CallCenter.Domain.Tests.Customers;

public sealed class PinHasherTests
{
    [Fact]
    public void The_right_PIN_verifies_and_a_wrong_one_does_not()
    {
        var hash = PinHasher.Hash("1234");
        Assert.True(PinHasher.Verify("1234", hash));
        Assert.False(PinHasher.Verify("1235", hash));
        Assert.False(PinHasher.Verify("", hash));
    }

    [Fact]
    public void Each_hash_has_its_own_salt_and_never_contains_the_PIN()
    {
        var a = PinHasher.Hash("246810");
        var b = PinHasher.Hash("246810");
        Assert.NotEqual(a, b);
        Assert.DoesNotContain("246810", a);
        Assert.StartsWith($"pbkdf2-sha256${PinHasher.Iterations}$", a);
        Assert.True(PinHasher.Verify("246810", b));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1234")]
    [InlineData("pbkdf2-sha256$x$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64!$AAAA")]
    [InlineData("md5$1000$AAAA$AAAA")]
    public void A_missing_or_malformed_hash_never_verifies(string? stored) =>
        Assert.False(PinHasher.Verify("1234", stored));

    [Fact]
    public void A_hash_made_with_other_iterations_still_verifies()
    {
        var salt = new byte[16];
        var hash = System.Security.Cryptography.Rfc2898DeriveBytes.Pbkdf2("1234"u8.ToArray(), salt, 1000, System.Security.Cryptography.HashAlgorithmName.SHA256, 32);
        var stored = $"pbkdf2-sha256$1000${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
        Assert.True(PinHasher.Verify("1234", stored));
        Assert.False(PinHasher.Verify("4321", stored));
    }
}
