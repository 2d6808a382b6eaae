using System.Net;
using System.Text.RegularExpressions;
using CallCenter.Portal.Tests;

namespace CallCenter.Interop.Tests.Sip;

/// <summary>SIPp registers against the real Portal (SIP server + extensions table seeded on first start).</summary>
public sealed partial class RegisterWithSippTests : IAsyncLifetime
{
    private const string Password = "Interop-Pass-1001";
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-interop-").FullName;
    private PortalProcess _portal = null!;
    private IPEndPoint _udp = null!;
    private IPEndPoint _tcp = null!;

    [GeneratedRegex(@"SIP listening on udp:(?<udp>[0-9.]+:\d+) tcp:(?<tcp>[0-9.]+:\d+)")]
    private static partial Regex Listening();

    public async Task InitializeAsync()
    {
        _portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90), $"DemoData:ExtensionPassword={Password}");
        var match = Listening().Match(_portal.Output);
        Assert.True(match.Success, "the Portal logs where SIP listens:\n" + _portal.Output);
        _udp = IPEndPoint.Parse(match.Groups["udp"].Value);
        _tcp = IPEndPoint.Parse(match.Groups["tcp"].Value);
    }

    [Theory]
    [InlineData("u1")]
    [InlineData("t1")]
    public async Task SIPp_registers_extension_1001_with_the_right_password(string transport)
    {
        var run = await Sipp.RunAsync(transport == "u1" ? _udp : _tcp, "register_digest.xml", transport, "-s", "1001", "-au", "1001", "-ap", Password);

        Assert.True(run.ExitCode == 0, $"SIPp exit {run.ExitCode}\n{run.Output}\n{run.Log}");
        Assert.Contains("FINAL 200", run.Log);
        Assert.DoesNotContain("FINAL 403", run.Log);
        await _portal.WaitForOutputAsync("Registered sip:1001@callcenter", TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_both_get_403_and_both_attempts_are_logged()
    {
        var wrong = await Sipp.RunAsync(_udp, "register_digest.xml", "u1", "-s", "1001", "-au", "1001", "-ap", "not-the-password");
        var unknown = await Sipp.RunAsync(_udp, "register_digest.xml", "u1", "-s", "4711", "-au", "4711", "-ap", "whatever");

        Assert.True(wrong.ExitCode == 0, wrong.Output);
        Assert.True(unknown.ExitCode == 0, unknown.Output);
        Assert.Contains("FINAL 403", wrong.Log);
        Assert.Contains("FINAL 403", unknown.Log);
        Assert.DoesNotContain("FINAL 200", wrong.Log + unknown.Log);
        await _portal.WaitForOutputAsync("bad credentials for user 1001", TimeSpan.FromSeconds(10));
        await _portal.WaitForOutputAsync("bad credentials for user 4711", TimeSpan.FromSeconds(10));
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
