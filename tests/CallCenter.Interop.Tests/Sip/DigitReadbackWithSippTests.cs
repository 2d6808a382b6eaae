using System.Net;
using System.Text.RegularExpressions;
using CallCenter.Portal.Tests;

namespace CallCenter.Interop.Tests.Sip;

/// <summary>SIPp calls *44 on the real Portal, sends RFC 4733 digits from a pcap, and is hung up on after the read-back.</summary>
public sealed partial class DigitReadbackWithSippTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-interop-").FullName;
    private PortalProcess _portal = null!;
    private IPEndPoint _udp = null!;
    private IPEndPoint _tcp = null!;

    [GeneratedRegex(@"SIP listening on udp:(?<udp>[0-9.]+:\d+) tcp:(?<tcp>[0-9.]+:\d+)")]
    private static partial Regex Listening();

    public async Task InitializeAsync()
    {
        _portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90));
        var match = Listening().Match(_portal.Output);
        Assert.True(match.Success, _portal.Output);
        _udp = IPEndPoint.Parse(match.Groups["udp"].Value);
        _tcp = IPEndPoint.Parse(match.Groups["tcp"].Value);
    }

    [Theory]
    [InlineData("u1")]
    [InlineData("t1")]
    public async Task Digits_sent_as_RFC_4733_by_SIPp_are_reported_back_and_the_server_hangs_up(string transport)
    {
        var pcap = Path.Combine(_folder, "digits.pcap");
        RtpPcap.WriteDtmf(pcap, "4711#");

        var run = await Sipp.RunAsync(transport == "u1" ? _udp : _tcp, "call_digits.xml", transport, "-s", "*44", "-mi", "127.0.0.1", "-key", "pcap", pcap);

        Assert.True(run.ExitCode == 0, $"SIPp exit {run.ExitCode}\n{run.Output}\n--- portal ---\n{_portal.Output}");
        await _portal.WaitForOutputAsync("read back \"4711\"", TimeSpan.FromSeconds(10));
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
