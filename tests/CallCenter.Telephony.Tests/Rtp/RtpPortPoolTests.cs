using System.Net;
using System.Net.Sockets;
using CallCenter.Telephony.Rtp;

namespace CallCenter.Telephony.Tests.Rtp;

public sealed class RtpPortPoolTests
{
    // A range of its own per test, far from the product's default, so parallel tests do not collide.
    private static int _next = 41_000;
    private static int Range(int pairs) => Interlocked.Add(ref _next, pairs * 2 + 10) - pairs * 2 - 10;

    [Fact]
    public void A_lease_binds_an_even_RTP_port_and_the_next_odd_port_for_RTCP()
    {
        var first = Range(4);
        var pool = new RtpPortPool(first, first + 7);
        using var lease = pool.TryAllocate(IPAddress.Loopback)!;

        Assert.Equal(0, lease.Port % 2);
        Assert.InRange(lease.Port, first, first + 6);
        Assert.Equal(lease.Port, ((IPEndPoint)lease.Rtp.LocalEndPoint!).Port);
        Assert.Equal(lease.Port + 1, ((IPEndPoint)lease.Rtcp.LocalEndPoint!).Port);
    }

    [Fact]
    public void An_exhausted_pool_says_so_and_a_released_pair_can_be_leased_again()
    {
        var first = Range(2);
        var pool = new RtpPortPool(first, first + 3);
        var a = pool.TryAllocate(IPAddress.Loopback)!;
        var b = pool.TryAllocate(IPAddress.Loopback)!;

        Assert.Null(pool.TryAllocate(IPAddress.Loopback));
        Assert.Equal(2, pool.InUse);

        a.Dispose();
        a.Dispose();
        using var again = pool.TryAllocate(IPAddress.Loopback);
        Assert.NotNull(again);
        Assert.Equal(2, pool.InUse);
        b.Dispose();
    }

    [Fact]
    public void Ports_are_handed_out_round_robin_so_a_released_port_is_not_reused_at_once()
    {
        var first = Range(3);
        var pool = new RtpPortPool(first, first + 5);
        var firstLease = pool.TryAllocate(IPAddress.Loopback)!;
        var port = firstLease.Port;
        firstLease.Dispose();

        using var next = pool.TryAllocate(IPAddress.Loopback)!;

        Assert.NotEqual(port, next.Port);
    }

    [Fact]
    public void A_port_held_by_another_program_is_skipped()
    {
        var first = Range(2);
        using var squatter = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        squatter.Bind(new IPEndPoint(IPAddress.Loopback, first + 1));
        var pool = new RtpPortPool(first, first + 3);

        using var lease = pool.TryAllocate(IPAddress.Loopback)!;

        Assert.Equal(first + 2, lease.Port);
        Assert.Equal(1, pool.InUse);
    }
}
