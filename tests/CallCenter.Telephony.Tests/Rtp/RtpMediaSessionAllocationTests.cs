using System.Net;
using CallCenter.Telephony.Media.Bridging;
using CallCenter.Telephony.Media.Recording;
using CallCenter.Telephony.Rtp;

namespace CallCenter.Telephony.Tests.Rtp;

public sealed class RtpMediaSessionAllocationTests : IAsyncLifetime
{
    private readonly LoopbackLegs _legs = new();
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cc-alloc-{Guid.NewGuid():N}.wav");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _legs.DisposeAsync();
        File.Delete(_path);
    }

    [Fact]
    public async Task A_bridged_recorded_tick_with_digits_and_RTCP_allocates_nothing_on_the_clock_thread()
    {
        var (a, b) = _legs.Pair();
        a.RtcpIntervalTicks = 7;
        b.RtcpIntervalTicks = 7;
        a.Source = LoopbackLegs.Tone(440);
        await using var bridge = new MediaBridge(a, b);
        var recorder = bridge.Record(new RecordingOptions { MixedPath = _path, QueueFrames = 2000 });
        a.SendDigits("123");
        for (int tick = 0; tick < 50; tick++) Tick(tick); // warm-up: JIT, first RTCP report (its address is made once)

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int tick = 50; tick < 550; tick++) Tick(tick);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        await recorder.StopAsync();

        Assert.Equal(0, allocated);

        void Tick(long tick)
        {
            a.OnTick(tick);
            b.OnTick(tick);
        }
    }

    [Fact]
    public void Receiving_an_audio_packet_decodes_it_into_the_jitter_buffer_without_allocating()
    {
        var session = _legs.Session();
        var source = new IPEndPoint(IPAddress.Loopback, 40_000);
        var payload = new byte[160];
        var datagram = new byte[172];
        var frame = new short[160];
        for (int i = 0; i < 20; i++) Receive(i); // warm-up, and the symmetric-RTP latch (made once)

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 20; i < 520; i++) Receive(i);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(520, session.JitterBuffer.Accepted);

        void Receive(int i)
        {
            payload.AsSpan().Fill((byte)i);
            new RtpHeader(false, 0, (ushort)i, (uint)(i * 160), 0xCAFE).Write(payload, datagram);
            session.Handle(datagram, source);
            session.JitterBuffer.Read(frame);
        }
    }
}
