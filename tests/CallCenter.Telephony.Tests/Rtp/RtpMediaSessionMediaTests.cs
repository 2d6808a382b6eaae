using CallCenter.Telephony.Media;
using CallCenter.Telephony.Media.Codecs;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Tests.Media;

namespace CallCenter.Telephony.Tests.Rtp;

/// <summary>The decoded receive path, taps, digits sent, hold and RTCP of two real legs on loopback paced by the real media clock.</summary>
public sealed class RtpMediaSessionMediaTests : IAsyncLifetime
{
    private readonly LoopbackLegs _legs = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _legs.DisposeAsync();

    [Fact]
    public async Task Received_audio_is_decoded_and_handed_to_taps_each_tick_with_the_frame_sent()
    {
        var (a, b) = _legs.Pair(PcmaCodec.Instance, PcmaCodec.Instance);
        a.Source = LoopbackLegs.Tone(1000);
        var heardByB = new FrameCatcher(frames: 10, received: true);
        var sentByA = new FrameCatcher(frames: 10, received: false);
        b.AddTap(heardByB);
        a.AddTap(sentByA);
        _legs.Clock.Add(a);
        _legs.Clock.Add(b);
        _legs.Clock.Start();

        var heard = await heardByB.Done.WaitAsync(TimeSpan.FromSeconds(10));
        var sent = await sentByA.Done.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(Goertzel.Amplitude(heard, 1000) > 0.15, $"1 kHz at {Goertzel.Amplitude(heard, 1000):F3} in what b received");
        Assert.True(Goertzel.Amplitude(sent, 1000) > 0.2);
        Assert.True(b.JitterBuffer.Accepted >= 10);
    }

    [Fact]
    public async Task Digits_queued_on_one_leg_arrive_once_each_on_the_other()
    {
        var (a, b) = _legs.Pair();
        a.Source = LoopbackLegs.Tone(440);
        var digits = new List<char>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        b.DigitReceived += d =>
        {
            lock (digits) digits.Add(d);
            if (d == '#') done.TrySetResult();
        };
        Assert.True(a.SendDigits("42#"));
        _legs.Clock.Add(a);
        _legs.Clock.Add(b);
        _legs.Clock.Start();

        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        lock (digits) Assert.Equal(['4', '2', '#'], digits);
    }

    [Fact]
    public async Task Hold_stops_sending_and_a_held_receiver_ignores_audio_and_digits()
    {
        var (a, b) = _legs.Pair();
        a.Source = LoopbackLegs.Tone(440);
        b.Source = LoopbackLegs.Tone(440);
        b.Direction = SdpDirection.SendOnly; // b holds a: b still plays (music on hold), ignores what a says
        var digits = 0;
        b.DigitReceived += _ => Interlocked.Increment(ref digits);
        var bHeard = new FrameCatcher(frames: 1, received: true);
        b.AddTap(bHeard);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        b.AudioReceived += count => { if (count >= 25) arrived.TrySetResult(); };
        a.SendDigits("1");
        _legs.Clock.Add(a);
        _legs.Clock.Add(b);
        _legs.Clock.Start();
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(bHeard.Done.IsCompleted);
        Assert.Equal(0, Volatile.Read(ref digits));
        Assert.Equal(0, b.JitterBuffer.Accepted);

        long sentBefore = a.PacketsSent;
        a.Direction = SdpDirection.Inactive;
        var ticks = new FrameCatcher(frames: 20, received: null);
        a.AddTap(ticks);
        await ticks.Done.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.InRange(a.PacketsSent - sentBefore, 0, 1); // at most the one in flight when the direction changed
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RTCP_reports_flow_both_ways_and_give_loss_jitter_and_round_trip_time(bool rtcpMux)
    {
        var (a, b) = _legs.Pair();
        a.RtcpMux = rtcpMux;
        b.RtcpMux = rtcpMux;
        a.RtcpIntervalTicks = 5;
        b.RtcpIntervalTicks = 5;
        a.Source = LoopbackLegs.Tone(440);
        b.Source = LoopbackLegs.Tone(440);
        var withRoundTrip = new TaskCompletionSource<RtcpRemoteReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        a.RtcpReportReceived += report => { if (report.RoundTripTime is not null) withRoundTrip.TrySetResult(report); };
        _legs.Clock.Add(a);
        _legs.Clock.Add(b);
        _legs.Clock.Start();

        var received = await withRoundTrip.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(b.Ssrc, received.RemoteSsrc);
        Assert.True(received.RemoteIsSender);
        Assert.Equal(0, received.FractionLost);
        // Loopback, but the receive loops run on the thread pool, which the parallel test run can starve for
        // a second; the exact arithmetic is RtcpReporterTests' business.
        Assert.InRange(received.RoundTripTime!.Value, TimeSpan.Zero, TimeSpan.FromSeconds(3));
        Assert.InRange(received.Jitter, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        Assert.True(a.RtcpReportsSent >= 1);
        // The session keeps the latest report (reports come every 100 ms here, so a newer one may already have replaced it).
        Assert.Equal(b.Ssrc, a.RemoteReport?.RemoteSsrc);
    }

    [Fact]
    public async Task Closing_a_leg_tells_the_remote_with_an_RTCP_BYE()
    {
        var a = _legs.Session();
        var b = _legs.Session();
        LoopbackLegs.Connect(a, b);
        var left = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        b.RemoteGoodbye += () => left.TrySetResult();

        await a.DisposeAsync();

        await left.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
