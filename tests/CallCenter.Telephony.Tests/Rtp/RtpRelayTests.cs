using System.Net;
using System.Net.Sockets;
using CallCenter.Telephony.Rtp;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Telephony.Tests.Rtp;

/// <summary>The B2BUA's media relay over loopback UDP: both directions, payload types remapped, latching, RTCP terminated, ports released.</summary>
public sealed class RtpRelayTests : IAsyncLifetime
{
    private readonly RtpPortPool _pool = new(47_800, 47_899);
    private readonly UdpClient _caller = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly UdpClient _callee = new(new IPEndPoint(IPAddress.Loopback, 0));
    private RtpRelay _relay = null!;
    private RtpPortLease _a = null!;
    private RtpPortLease _b = null!;

    private IPEndPoint CallerEnd => (IPEndPoint)_caller.Client.LocalEndPoint!;
    private IPEndPoint CalleeEnd => (IPEndPoint)_callee.Client.LocalEndPoint!;
    private IPEndPoint RelayA => new(IPAddress.Loopback, _a.Port);
    private IPEndPoint RelayB => new(IPAddress.Loopback, _b.Port);

    public Task InitializeAsync()
    {
        _a = _pool.TryAllocate(IPAddress.Loopback)!;
        _b = _pool.TryAllocate(IPAddress.Loopback)!;
        // The caller numbers DTMF 101, the callee 96; PCMU is 0 on both.
        _relay = new RtpRelay(new RtpRelayLeg(_a, CallerEnd, new RtpPayloadTypeMap().Map(101, 96)),
            new RtpRelayLeg(_b, CalleeEnd, new RtpPayloadTypeMap().Map(96, 101)), NullLogger.Instance);
        _relay.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _relay.DisposeAsync();
        _caller.Dispose();
        _callee.Dispose();
    }

    private static byte[] Packet(int payloadType, ushort sequence, bool marker = false)
    {
        var packet = new byte[12 + 4];
        new RtpHeader(marker, (byte)payloadType, sequence, 1000u * sequence, 0x1234).Write([1, 2, 3, 4], packet);
        return packet;
    }

    private static async Task<UdpReceiveResult> ReceiveAsync(UdpClient client) => await client.ReceiveAsync().WaitAsync(TimeSpan.FromSeconds(5));

    [Fact]
    public async Task Packets_cross_in_both_directions_from_the_other_legs_port_with_payload_types_remapped()
    {
        await _caller.SendAsync(Packet(0, 1), RelayA);
        var audio = await ReceiveAsync(_callee);
        Assert.Equal(RelayB, audio.RemoteEndPoint);
        Assert.Equal(RtpParseStatus.Ok, RtpPacket.TryParse(audio.Buffer, out var forwarded));
        Assert.Equal(0, forwarded.Header.PayloadType);
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, forwarded.Payload.ToArray());

        await _caller.SendAsync(Packet(101, 2, marker: true), RelayA);
        var dtmf = await ReceiveAsync(_callee);
        RtpPacket.TryParse(dtmf.Buffer, out var remapped);
        Assert.Equal((96, true, (ushort)2), (remapped.Header.PayloadType, remapped.Header.Marker, remapped.Header.SequenceNumber));

        await _callee.SendAsync(Packet(96, 7), RelayB);
        var back = await ReceiveAsync(_caller);
        Assert.Equal(RelayA, back.RemoteEndPoint);
        RtpPacket.TryParse(back.Buffer, out var backwards);
        Assert.Equal(101, backwards.Header.PayloadType);
        Assert.Equal(2, _relay.ForwardedAToB);
        Assert.Equal(1, _relay.ForwardedBToA);
    }

    [Fact]
    public async Task The_callee_side_latches_on_its_first_source_and_ignores_others_and_RTCP_is_not_forwarded()
    {
        using var moved = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        using var intruder = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        // The callee sends from another port than its SDP named (NAT): replies follow the source.
        await moved.SendAsync(Packet(0, 1), RelayB);
        await ReceiveAsync(_caller);
        Assert.Equal((IPEndPoint)moved.Client.LocalEndPoint!, _relay.LatchedB);

        await intruder.SendAsync(Packet(0, 99), RelayB);
        var rtcp = new byte[] { 0x80, 200, 0, 1, 0, 0, 0, 1 };
        await _callee.SendAsync(rtcp, RelayB);
        await _caller.SendAsync(Packet(0, 5), RelayA);
        var toCallee = await ReceiveAsync(moved);
        RtpPacket.TryParse(toCallee.Buffer, out var p);
        Assert.Equal(5, p.Header.SequenceNumber);
        await _callee.SendAsync(Packet(0, 2), RelayB);
        await moved.SendAsync(Packet(0, 3), RelayB);
        var next = await ReceiveAsync(_caller);
        RtpPacket.TryParse(next.Buffer, out var onlyLatched);
        Assert.Equal(3, onlyLatched.Header.SequenceNumber);
        Assert.Equal(2, _relay.ForwardedBToA);
    }

    [Fact]
    public async Task Disposing_the_relay_gives_both_port_pairs_back()
    {
        Assert.Equal(2, _pool.InUse);
        await _relay.DisposeAsync();
        Assert.Equal(0, _pool.InUse);
    }
}
