using CallCenter.Telephony.Rtp;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Telephony.Tests.Rtp;

public class RtcpReporterTests
{
    [Fact]
    public void Round_trip_time_is_arrival_minus_LSR_minus_DLSR()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var ours = new RtcpReporter(0xA, "a@test", time);
        var theirs = new RtcpReporter(0xB, "b@test", time);
        var ourStats = new RtpReceiveStatistics(minSequential: 1);
        var theirStats = new RtpReceiveStatistics(minSequential: 1);
        for (ushort i = 0; i < 50; i++)
        {
            theirStats.Update(i, i * 160u, i * 160u);
            ourStats.Update(i, i * 160u, i * 160u);
        }

        var packet = new byte[256];
        int length = ours.Write(packet, packetsSent: 50, octetsSent: 8000, rtpTimestamp: 8000, ourStats, remoteSsrc: 0xB);
        time.Advance(TimeSpan.FromMilliseconds(100)); // one way
        Assert.True(theirs.TryProcess(packet.AsSpan(0, length), out var first, out _));
        Assert.Null(first.RoundTripTime); // the remote cannot know the round trip yet
        time.Advance(TimeSpan.FromMilliseconds(300)); // the remote holds our SR 300 ms before reporting
        length = theirs.Write(packet, packetsSent: 0, octetsSent: 0, rtpTimestamp: 0, theirStats, remoteSsrc: 0xA);
        time.Advance(TimeSpan.FromMilliseconds(100)); // way back

        Assert.True(ours.TryProcess(packet.AsSpan(0, length), out var report, out _));
        Assert.Equal(0xBu, report.RemoteSsrc);
        Assert.False(report.RemoteIsSender);
        Assert.InRange(report.RoundTripTime!.Value.TotalMilliseconds, 199.9, 200.1);
        Assert.Equal(report, ours.Remote);
    }

    [Fact]
    public void Loss_is_reported_as_a_fraction_and_jitter_in_time()
    {
        var time = new FakeTimeProvider();
        var ours = new RtcpReporter(0xA, "a@test", time);
        var theirs = new RtcpReporter(0xB, "b@test", time);
        var theirStats = new RtpReceiveStatistics(minSequential: 1);
        for (ushort i = 0; i < 100; i++)
        {
            if (i % 4 != 3) theirStats.Update(i, i * 160u, (i * 160u) + (uint)(i % 2 * 80)); // every 4th lost, 10 ms of jitter swing
        }

        var packet = new byte[256];
        int length = theirs.Write(packet, packetsSent: 0, octetsSent: 0, rtpTimestamp: 0, theirStats, remoteSsrc: 0xA);

        Assert.True(ours.TryProcess(packet.AsSpan(0, length), out var report, out _));
        Assert.InRange(report.FractionLost, 0.24, 0.26);
        Assert.True(report.CumulativeLost >= 24);
        Assert.InRange(report.Jitter.TotalMilliseconds, 2, 11);
        Assert.Null(report.RoundTripTime); // no SR of ours echoed yet
    }
}
