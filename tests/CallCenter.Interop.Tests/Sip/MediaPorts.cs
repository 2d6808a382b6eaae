using System.Net;
using System.Net.Sockets;

namespace CallCenter.Interop.Tests.Sip;

/// <summary>Free loopback UDP ports for a SIPp caller's media (RTP on an even port, RTCP on the next).</summary>
public static class MediaPorts
{
    /// <summary>An even port whose successor is free too (both checked by binding them).</summary>
    public static int FreePair()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var rtp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            rtp.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            var port = ((IPEndPoint)rtp.LocalEndPoint!).Port;
            if (port % 2 != 0 || port > 65_000) continue;
            try
            {
                using var rtcp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                rtcp.Bind(new IPEndPoint(IPAddress.Loopback, port + 1));
                return port;
            }
            catch (SocketException) { }
        }
        throw new InvalidOperationException("no free UDP port pair for SIPp's media");
    }
}
