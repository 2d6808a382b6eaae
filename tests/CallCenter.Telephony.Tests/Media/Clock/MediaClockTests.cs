using System.Collections.Concurrent;
using System.Diagnostics;
using CallCenter.Telephony.Media.Clock;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Telephony.Tests.Media.Clock;

/// <summary>The real clock thread: every sink is paced by it, in real time, and survives a broken neighbour.</summary>
public sealed class MediaClockTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly MediaClock _clock = new(new MediaClockOptions(), NullLogger<MediaClock>.Instance);

    [Fact]
    public async Task Every_sink_is_called_once_per_tick_with_increasing_tick_numbers()
    {
        var a = new CountingSink(25);
        var b = new CountingSink(25);
        _clock.Add(a);
        _clock.Add(b);
        _clock.Start();

        await Task.WhenAll(a.Done.WaitAsync(Timeout), b.Done.WaitAsync(Timeout));

        Assert.True(a.Ticks.Zip(a.Ticks.Skip(1)).All(p => p.Second > p.First), "tick numbers increase");
        Assert.Equal(a.Ticks.Take(25), b.Ticks.Take(25));
    }

    [Fact]
    public async Task The_clock_never_runs_faster_than_its_period()
    {
        var sink = new CountingSink(26);
        _clock.Add(sink);
        var watch = Stopwatch.StartNew();
        _clock.Start();

        await sink.Done.WaitAsync(Timeout);

        // 25 periods of 20 ms separate the first and the 26th tick.
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(480), $"26 ticks in {watch.Elapsed.TotalMilliseconds} ms");
        Assert.True(_clock.Lateness.Count >= 26);
    }

    [Fact]
    public async Task A_sink_that_throws_does_not_stop_the_others()
    {
        var healthy = new CountingSink(10);
        _clock.Add(new ThrowingSink());
        _clock.Add(healthy);
        _clock.Start();

        await healthy.Done.WaitAsync(Timeout);

        Assert.True(_clock.SinkErrors >= 10);
    }

    [Fact]
    public async Task A_removed_sink_is_not_called_again()
    {
        var kept = new CountingSink(10);
        var removed = new CountingSink(3);
        _clock.Add(removed);
        _clock.Add(kept);
        _clock.Start();
        await removed.Done.WaitAsync(Timeout);

        Assert.True(_clock.Remove(removed));
        var countAtRemoval = removed.Ticks.Count;
        var after = new CountingSink(5);
        _clock.Add(after);
        await after.Done.WaitAsync(Timeout);

        // At most the tick already in flight when Remove was called may still reach it.
        Assert.InRange(removed.Ticks.Count, countAtRemoval, countAtRemoval + 1);
        Assert.Equal(2, _clock.SinkCount);
    }

    public void Dispose() => _clock.Dispose();

    private sealed class CountingSink(int wanted) : IMediaClockSink
    {
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public ConcurrentQueue<long> Queue { get; } = new();
        public IReadOnlyList<long> Ticks => [.. Queue];
        public Task Done => _done.Task;

        public void OnTick(long tick)
        {
            Queue.Enqueue(tick);
            if (Queue.Count >= wanted) _done.TrySetResult();
        }
    }

    private sealed class ThrowingSink : IMediaClockSink
    {
        public void OnTick(long tick) => throw new InvalidOperationException("broken stream");
    }
}
