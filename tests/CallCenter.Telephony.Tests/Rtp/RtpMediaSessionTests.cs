using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Media.Clock;
using CallCenter.Telephony.Media.Codecs;
using CallCenter.Telephony.Media.Dtmf;
using CallCenter.Telephony.Rtp;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Telephony.Tests.Rtp;

/// <summary>Two legs on loopback paced by the real media clock, and RFC 4733 digits from a plain socket.</summary>
public sealed class RtpMediaSessionTests : IAsyncLifetime
{
    private static int _range = 52_000;
    private readonly MediaClock _clock = new(new MediaClockOptions(), NullLogger<MediaClock>.Instance);
    private RtpPortPool _pool = null!;

    public Task InitializeAsync()
    {
        var first = Interlocked.Add(ref _range, 40) - 40;
        _pool = new RtpPortPool(first, first + 39);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _clock.Dispose();
        return Task.CompletedTask;
    }

    private RtpMediaSession Session(IPEndPoint? remote) =>
        new(_pool.TryAllocate(IPAddress.Loopback)!, PcmuCodec.Instance, 0, 101, remote, NullLogger.Instance);

    [Fact]
    public async Task Frames_from_the_source_go_out_one_per_tick_and_arrive_in_order_without_loss()
    {
        await using var receiver = Session(null);
        await using var sender = Session(new IPEndPoint(IPAddress.Loopback, receiver.LocalPort));
        var allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        receiver.AudioReceived += count => { if (count >= 50) allArrived.TrySetResult(); };
        var source = new CountingSource(50);
        sender.Source = source;
        _clock.Add(sender);
        var watch = Stopwatch.StartNew();
        _clock.Start();

        await source.Finished.WaitAsync(TimeSpan.FromSeconds(10));
        await allArrived.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(950), $"50 frames took {watch.Elapsed.TotalMilliseconds} ms: paced at 20 ms");
        Assert.Equal(50, sender.PacketsSent);
        Assert.Equal(0, receiver.PacketsLost);
        // Symmetric RTP: the receiver now knows where to send its own audio.
        Assert.Equal(sender.LocalPort, receiver.Remote!.Port);
    }

    [Fact]
    public async Task RFC_4733_digits_are_reported_once_each()
    {
        await using var session = Session(null);
        var digits = new List<char>();
        var done = new TaskCompletionSource();
        session.DigitReceived += d =>
        {
            lock (digits) digits.Add(d);
            if (d == '#') done.TrySetResult();
        };
        using var phone = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var dtmf = new DtmfSender();
        dtmf.Enqueue("12#");
        ushort sequence = 1;
        uint timestamp = 8000;
        var packet = new byte[64];
        for (var tick = 0; tick < 200 && (dtmf.IsSending || dtmf.Pending > 0); tick++, timestamp += 160)
        {
            if (!dtmf.TryGetPacket(timestamp, out var p)) continue;
            var payload = new byte[4];
            p.Event.Write(payload);
            var length = new RtpHeader(p.Marker, 101, sequence++, p.Timestamp, 0x1234).Write(payload, packet);
            await phone.SendAsync(packet.AsMemory(0, length), new IPEndPoint(IPAddress.Loopback, session.LocalPort));
        }

        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        lock (digits) Assert.Equal(['1', '2', '#'], digits);
    }

    private sealed class CountingSource(int frames) : IAudioSource
    {
        private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _read;
        public Task Finished => _finished.Task;

        public bool Read(Span<short> frame)
        {
            if (_read == frames)
            {
                _finished.TrySetResult();
                return false;
            }
            frame.Fill((short)(_read++ * 100));
            return true;
        }
    }
}
