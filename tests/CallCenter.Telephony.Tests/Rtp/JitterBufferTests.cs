using CallCenter.Telephony.Rtp;

namespace CallCenter.Telephony.Tests.Rtp;

public class JitterBufferTests
{
    private static short[] Frame(short value)
    {
        var frame = new short[160];
        frame.AsSpan().Fill(value);
        return frame;
    }

    private static List<short> Play(JitterBuffer buffer, int ticks)
    {
        var played = new List<short>();
        var frame = new short[160];
        for (int i = 0; i < ticks; i++)
        {
            played.Add(buffer.Read(frame) ? frame[0] : short.MinValue);
        }

        return played;
    }

    [Fact]
    public void Reordered_packets_play_in_timestamp_order()
    {
        var buffer = new JitterBuffer(capacityFrames: 5, prefetchFrames: 2);
        buffer.Put(1000, Frame(1));
        buffer.Put(1320, Frame(3));
        buffer.Put(1160, Frame(2));

        Assert.Equal([1, 2, 3], Play(buffer, 3));
        Assert.Equal(3, buffer.Accepted);
    }

    [Fact]
    public void Nothing_plays_until_the_prefetch_depth_is_reached()
    {
        var buffer = new JitterBuffer(capacityFrames: 5, prefetchFrames: 2);
        buffer.Put(0, Frame(1));
        Assert.False(buffer.Read(new short[160]));

        buffer.Put(160, Frame(2));
        Assert.Equal([1, 2], Play(buffer, 2));
    }

    [Fact]
    public void Duplicates_and_packets_whose_time_has_played_are_dropped()
    {
        var buffer = new JitterBuffer(capacityFrames: 5, prefetchFrames: 1);
        buffer.Put(0, Frame(1));
        buffer.Put(160, Frame(2));
        buffer.Put(160, Frame(9)); // duplicate
        Assert.Equal([1], Play(buffer, 1));
        buffer.Put(0, Frame(8)); // late: already played

        Assert.Equal([2], Play(buffer, 1));
        Assert.Equal(2, buffer.Dropped);
    }

    [Fact]
    public void A_lost_packet_is_concealed_by_the_previous_frame_at_lower_volume()
    {
        var buffer = new JitterBuffer(capacityFrames: 5, prefetchFrames: 1);
        buffer.Put(0, Frame(1000));
        buffer.Put(320, Frame(3000)); // 160 lost

        Assert.Equal([1000, 500, 3000], Play(buffer, 3));
        Assert.Equal(1, buffer.Concealed);
    }

    [Fact]
    public void Depth_is_capped_by_dropping_the_oldest_audio()
    {
        var buffer = new JitterBuffer(capacityFrames: 3, prefetchFrames: 1);
        for (uint i = 0; i < 6; i++)
        {
            buffer.Put(i * 160, Frame((short)(i + 1)));
        }

        Assert.Equal(3 * 160, buffer.Depth);
        Assert.Equal([4, 5, 6], Play(buffer, 3));
        Assert.Equal(3 * 160, buffer.Overflowed);
    }

    [Fact]
    public void After_the_stream_stops_it_rebuffers_and_follows_a_new_timestamp_base()
    {
        var buffer = new JitterBuffer(capacityFrames: 5, prefetchFrames: 1);
        buffer.Put(0, Frame(100));
        var played = Play(buffer, 6);
        Assert.Equal([100, 50, 25, 0, short.MinValue, short.MinValue], played);

        buffer.Put(900_000, Frame(7)); // new talk spurt after a long pause (or hold)
        Assert.Equal([7], Play(buffer, 1));
    }

    [Fact]
    public void Packets_of_other_sizes_are_placed_by_timestamp()
    {
        var buffer = new JitterBuffer(capacityFrames: 5, prefetchFrames: 1);
        var thirty = new short[240];
        thirty.AsSpan(0, 160).Fill(1);
        thirty.AsSpan(160).Fill(2);
        buffer.Put(0, thirty);
        var next = new short[240];
        next.AsSpan().Fill(2);
        buffer.Put(240, next);

        Assert.Equal([1, 2, 2], Play(buffer, 3));
    }

    [Fact]
    public void Put_and_read_allocate_nothing()
    {
        var buffer = new JitterBuffer();
        var frame = Frame(5);
        var output = new short[160];
        buffer.Put(0, frame);
        buffer.Read(output);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (uint i = 1; i < 1000; i++)
        {
            buffer.Put(i * 160, frame);
            buffer.Read(output);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
