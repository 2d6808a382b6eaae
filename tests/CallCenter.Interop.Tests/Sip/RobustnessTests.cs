using System.Net;
using System.Net.Sockets;
using System.Text;
using CallCenter.Portal.Tests;

namespace CallCenter.Interop.Tests.Sip;

/// <summary>Hostile and careless input against the real Portal; a normal SIPp call must still go through.</summary>
public sealed class RobustnessTests : SipPortalTest
{
    private static string Invite(IPEndPoint local, int n, string contentLength = "0") =>
        $"INVITE sip:*43@callcenter SIP/2.0\r\n" +
        $"Via: SIP/2.0/UDP {local};branch=z9hG4bKflood{n}x{Guid.NewGuid():N};rport\r\n" +
        "Max-Forwards: 70\r\n" +
        $"From: <sip:flood@{local}>;tag=f{n}\r\n" +
        "To: <sip:*43@callcenter>\r\n" +
        $"Call-ID: flood-{n}-{Guid.NewGuid():N}\r\n" +
        "CSeq: 1 INVITE\r\n" +
        $"Contact: <sip:flood@{local}>\r\n" +
        "Content-Type: application/sdp\r\n" +
        $"Content-Length: {contentLength}\r\n\r\n";

    private static string WithSdp(IPEndPoint local, int n)
    {
        var sdp = $"v=0\r\no=- {n} 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio {40_000 + n % 1000 * 2} RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
        return Invite(local, n, Encoding.ASCII.GetByteCount(sdp).ToString()) + sdp;
    }

    [Fact]
    public async Task Garbage_truncation_a_100KB_header_a_wrong_Content_Length_and_1000_unacknowledged_INVITEs_leave_the_server_answering_calls()
    {
        using var attacker = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var local = (IPEndPoint)attacker.Client.LocalEndPoint!;
        var random = new Random(4475);

        // Garbage datagrams and truncated messages.
        for (var i = 0; i < 200; i++)
        {
            var junk = new byte[random.Next(1, 1400)];
            random.NextBytes(junk);
            await attacker.SendAsync(junk, Udp);
        }
        var whole = Encoding.ASCII.GetBytes(WithSdp(local, 0));
        for (var cut = 1; cut < whole.Length; cut += 37) await attacker.SendAsync(whole.AsMemory(0, cut), Udp);

        // A wrong Content-Length (more than the datagram holds) and a 100 KB header over TCP.
        await attacker.SendAsync(Encoding.ASCII.GetBytes(Invite(local, 1, "500")), Udp);
        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(Tcp);
            var huge = Encoding.ASCII.GetBytes(Invite(local, 2).Replace("Max-Forwards: 70\r\n", $"Max-Forwards: 70\r\nX-Huge: {new string('x', 100_000)}\r\n"));
            try { await tcp.GetStream().WriteAsync(huge); } catch (IOException) { }
        }

        // 1,000 INVITEs that are answered but never acknowledged.
        for (var n = 10; n < 1_010; n++) await attacker.SendAsync(Encoding.ASCII.GetBytes(WithSdp(local, n)), Udp);

        var run = await Sipp.RunAsync(Udp, "call_echo.xml", "u1", "-s", "*43", "-mi", "127.0.0.1");

        Assert.True(run.ExitCode == 0, $"SIPp exit {run.ExitCode}\n{run.Output}\n--- portal ---\n{Portal.Output}");
        await Portal.WaitForOutputAsync("ended: the caller hung up", TimeSpan.FromSeconds(10));
        var lines = Portal.Output.Split('\n');
        // Every unacknowledged INVITE was answered (and will be hung up after 64×T1), none crashed the server.
        Assert.True(lines.Count(l => l.Contains("answered by the echo test", StringComparison.Ordinal)) >= 1_001, "all 1,000 flood INVITEs and the real call were answered");
        Assert.Contains(lines, l => l.Contains("Refused a request", StringComparison.Ordinal) && l.Contains("400", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("fail:", StringComparison.Ordinal) || l.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase));
    }

}
