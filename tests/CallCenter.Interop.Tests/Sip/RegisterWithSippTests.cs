using System.Net;
using CallCenter.Portal.Tests;

namespace CallCenter.Interop.Tests.Sip;

/// <summary>SIPp registers against the real Portal (SIP server + extensions table seeded on first start).</summary>
public sealed class RegisterWithSippTests : SipPortalTest
{
    protected override string[] Settings => [$"DemoData:ExtensionPassword={Password}"];

    private const string Password = "Interop-Pass-1001";

    [Theory]
    [InlineData("u1")]
    [InlineData("t1")]
    public async Task SIPp_registers_extension_1001_with_the_right_password(string transport)
    {
        var run = await Sipp.RunAsync(Over(transport), "register_digest.xml", transport, "-s", "1001", "-au", "1001", "-ap", Password);

        Assert.True(run.ExitCode == 0, $"SIPp exit {run.ExitCode}\n{run.Output}\n{run.Log}");
        Assert.Contains("FINAL 200", run.Log);
        Assert.DoesNotContain("FINAL 403", run.Log);
        await Portal.WaitForOutputAsync("Registered sip:1001@callcenter", TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_both_get_403_and_both_attempts_are_logged()
    {
        var wrong = await Sipp.RunAsync(Udp, "register_digest.xml", "u1", "-s", "1001", "-au", "1001", "-ap", "not-the-password");
        var unknown = await Sipp.RunAsync(Udp, "register_digest.xml", "u1", "-s", "4711", "-au", "4711", "-ap", "whatever");

        Assert.True(wrong.ExitCode == 0, wrong.Output);
        Assert.True(unknown.ExitCode == 0, unknown.Output);
        Assert.Contains("FINAL 403", wrong.Log);
        Assert.Contains("FINAL 403", unknown.Log);
        Assert.DoesNotContain("FINAL 200", wrong.Log + unknown.Log);
        await Portal.WaitForOutputAsync("bad credentials for user 1001", TimeSpan.FromSeconds(10));
        await Portal.WaitForOutputAsync("bad credentials for user 4711", TimeSpan.FromSeconds(10));
    }

}
