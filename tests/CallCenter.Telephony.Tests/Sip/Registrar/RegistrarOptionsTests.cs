using CallCenter.Telephony.Sip.Auth;
using CallCenter.Telephony.Sip.Registrar;

namespace CallCenter.Telephony.Tests.Sip.Registrar;

public sealed class RegistrarOptionsTests
{
    [Fact]
    public void By_default_phones_are_challenged_with_MD5_alone_so_that_clients_which_refuse_unknown_challenges_register()
    {
        Assert.Equal([DigestAlgorithm.Md5], new RegistrarOptions().Challenges);
    }

    [Fact]
    public void Configured_challenges_keep_their_order_without_repeats()
    {
        // Configuration binding appends to an array's initial items: a repeated entry must not become a second challenge.
        var options = new RegistrarOptions { Algorithms = [DigestAlgorithm.Sha256, DigestAlgorithm.Md5, DigestAlgorithm.Sha256] };

        Assert.Equal([DigestAlgorithm.Sha256, DigestAlgorithm.Md5], options.Challenges);
    }
}
