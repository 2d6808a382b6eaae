using CallCenter.Telephony.Rtp;

namespace CallCenter.Telephony.Tests.Rtp;

public class RtpSequenceTests
{
    [Fact]
    public void Sequence_comparison_survives_wrap_around()
    {
        Assert.Equal(2, RtpSequence.Delta(65535, 1));
        Assert.Equal(-2, RtpSequence.Delta(1, 65535));
        Assert.True(RtpSequence.IsNewer(0, 65535));
        Assert.False(RtpSequence.IsNewer(65535, 0));
        Assert.Equal(160, RtpSequence.TimestampDelta(uint.MaxValue - 59, 100));
        Assert.True(RtpSequence.IsNewerTimestamp(100, uint.MaxValue - 59));
    }

    [Fact]
    public void Extended_sequence_counts_cycles_across_the_wrap()
    {
        var stats = new RtpReceiveStatistics(minSequential: 1);
        ushort sequence = 65530;
        for (int i = 0; i < 20; i++)
        {
            Assert.True(stats.Update(sequence++, (uint)(i * 160), (uint)(i * 160)));
        }

        Assert.Equal(65536u + 13, stats.ExtendedHighestSequence);
        Assert.Equal(20, stats.Expected);
        Assert.Equal(20, stats.Received);
        Assert.Equal(0, stats.CumulativeLost);
    }

    [Fact]
    public void Lost_packets_are_counted_and_reported_as_fraction_per_interval()
    {
        var stats = new RtpReceiveStatistics(minSequential: 1);
        for (int i = 0; i < 100; i++)
        {
            if (i % 10 == 5)
            {
                continue; // drop 10 of 100
            }

            stats.Update((ushort)(65000 + i), (uint)(i * 160), (uint)(i * 160));
        }

        Assert.Equal(10, stats.CumulativeLost);
        RtcpReportBlock first = stats.CreateReportBlock(0x1234, 0, 0);
        Assert.Equal(10, first.CumulativeLost);
        Assert.Equal((byte)(10 * 256 / 100), first.FractionLost);
        Assert.Equal((uint)(65000 + 99), first.ExtendedHighestSequence);

        for (int i = 100; i < 150; i++)
        {
            stats.Update((ushort)(65000 + i), (uint)(i * 160), (uint)(i * 160));
        }

        RtcpReportBlock second = stats.CreateReportBlock(0x1234, 0, 0);
        Assert.Equal((byte)0, second.FractionLost); // nothing lost in the second interval
        Assert.Equal(10, second.CumulativeLost);
        Assert.Equal(65149u, second.ExtendedHighestSequence);
    }

    [Fact]
    public void Duplicates_and_reordering_do_not_move_the_highest_sequence()
    {
        var stats = new RtpReceiveStatistics(minSequential: 1);
        stats.Update(10, 0, 0);
        stats.Update(12, 320, 320);
        stats.Update(11, 160, 330);
        stats.Update(12, 320, 340);

        Assert.Equal(12u, stats.ExtendedHighestSequence);
        Assert.Equal(3, stats.Expected);
        Assert.Equal(4, stats.Received);
        Assert.Equal(-1, stats.CumulativeLost);
    }

    [Fact]
    public void Probation_needs_two_sequential_packets_and_a_restart_is_confirmed_by_its_successor()
    {
        var stats = new RtpReceiveStatistics();
        Assert.False(stats.Update(100, 0, 0));
        Assert.False(stats.IsValid);
        Assert.True(stats.Update(101, 160, 160));
        Assert.True(stats.IsValid);

        Assert.False(stats.Update(40000, 0, 200)); // huge jump: held until confirmed
        Assert.True(stats.Update(40001, 160, 360));
        Assert.Equal(40001u, stats.ExtendedHighestSequence);
        Assert.Equal(1, stats.Expected);
    }

    [Fact]
    public void Reset_starts_a_new_source_from_scratch()
    {
        var stats = new RtpReceiveStatistics(minSequential: 1);
        stats.Update(1, 0, 0);
        stats.Update(5, 640, 640);
        stats.Reset();
        Assert.False(stats.IsValid);

        stats.Update(30000, 0, 0);
        Assert.Equal(30000u, stats.ExtendedHighestSequence);
        Assert.Equal(1, stats.Expected);
        Assert.Equal(0, stats.CumulativeLost);
    }

    [Fact]
    public void Jitter_is_zero_on_a_perfect_stream_and_tracks_alternating_delay()
    {
        var steady = new RtpReceiveStatistics(minSequential: 1);
        for (int i = 0; i < 200; i++)
        {
            steady.Update((ushort)i, (uint)(i * 160), (uint)(5000 + (i * 160)));
        }

        Assert.Equal(0u, steady.Jitter);

        // Arrival alternates 0 and 80 samples late: |D| = 80 every packet, so J converges to 80.
        var jittery = new RtpReceiveStatistics(minSequential: 1);
        for (int i = 0; i < 500; i++)
        {
            uint lateness = (uint)(i % 2 == 0 ? 0 : 80);
            jittery.Update((ushort)i, (uint)(i * 160), (uint)(i * 160) + lateness);
        }

        Assert.InRange(jittery.Jitter, 78u, 80u);
    }
}
