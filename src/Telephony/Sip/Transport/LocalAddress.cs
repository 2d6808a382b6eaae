using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CallCenter.Telephony.Sip.Transport;

/// <summary>The address of ours a peer reaches us on (for Contact, Via and SDP c= lines when we listen on 0.0.0.0).</summary>
public static class LocalAddress
{
    private static readonly ConcurrentDictionary<IPAddress, IPAddress> Known = new();

    /// <summary>Asks the OS routing table once per remote address (a connected, never sending, UDP socket's local address).</summary>
    public static IPAddress For(IPAddress remote) => Known.Count < 10_000 ? Known.GetOrAdd(remote, Probe) : Probe(remote);

    private static IPAddress Probe(IPAddress remote)
    {
        using var probe = new Socket(remote.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        probe.Connect(new IPEndPoint(remote, 9));
        return ((IPEndPoint)probe.LocalEndPoint!).Address;
    }
}
