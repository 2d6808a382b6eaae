using System.Net;
using CallCenter.Portal.Tests;

namespace CallCenter.Interop.Tests.Sip;

/// <summary>SIPp calls *44 on the real Portal, sends RFC 4733 digits from a pcap, and is hung up on after the read-back.</summary>
public sealed class DigitReadbackWithSippTests : SipPortalTest
{
    [Theory]
    [InlineData("u1")]
    [InlineData("t1")]
    public async Task Digits_sent_as_RFC_4733_by_SIPp_are_reported_back_and_the_server_hangs_up(string transport)
    {
        var pcap = Path.Combine(Folder, "digits.pcap");
        RtpPcap.WriteDtmf(pcap, "4711#");

        var run = await Sipp.RunAsync(Over(transport), "call_digits.xml", transport, "-s", "*44", "-mi", "127.0.0.1", "-key", "pcap", pcap);

        Assert.True(run.ExitCode == 0, $"SIPp exit {run.ExitCode}\n{run.Output}\n--- portal ---\n{Portal.Output}");
        await Portal.WaitForOutputAsync("read back \"4711\"", TimeSpan.FromSeconds(10));
    }

}
