using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Media.Clock;

/// <summary>
/// The one clock that paces every outgoing RTP stream: a single high-priority thread wakes every
/// period (sleeping, then spinning the last ~1 ms because OS wake-ups are late) and calls every
/// sink in turn. No timer or thread per call. Its lateness is measured and exposed.
/// </summary>
public sealed class MediaClock : IDisposable
{
    private readonly MediaClockOptions _options;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private IMediaClockSink[] _sinks = [];
    private Thread? _thread;
    private volatile bool _stopping;
    private long _tick;
    private long _sinkErrors;
    private long _skipped;

    public MediaClock(MediaClockOptions options, ILogger<MediaClock> logger)
    {
        if (options.Period <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(options), "the period must be positive");
        _options = options;
        _logger = logger;
    }

    public TimeSpan Period => _options.Period;
    public LatenessHistogram Lateness { get; } = new();

    /// <summary>
    /// Digit-to-prompt latency of the call sessions on this clock: from the last digit received (the SIP INFO,
    /// or the RFC 4733 packet it was detected on: an event's first) to the first RTP packet of the next prompt sent (0.1 ms buckets up to 10 s).
    /// </summary>
    public LatenessHistogram DigitToPrompt { get; } = new(bucketMs: 0.1, rangeMs: 10_000);
    public long Ticks => Interlocked.Read(ref _tick);
    public long SkippedTicks => Interlocked.Read(ref _skipped);
    public long SinkErrors => Interlocked.Read(ref _sinkErrors);
    public int SinkCount => Volatile.Read(ref _sinks).Length;
    public bool IsRunning => _thread is not null;

    public void Add(IMediaClockSink sink)
    {
        lock (_gate) _sinks = [.. _sinks, sink];
    }

    public bool Remove(IMediaClockSink sink)
    {
        lock (_gate)
        {
            var index = Array.IndexOf(_sinks, sink);
            if (index < 0) return false;
            var next = new IMediaClockSink[_sinks.Length - 1];
            Array.Copy(_sinks, 0, next, 0, index);
            Array.Copy(_sinks, index + 1, next, index, next.Length - index);
            _sinks = next;
            return true;
        }
    }

    public void Start()
    {
        lock (_gate)
        {
            if (_thread is not null) return;
            _stopping = false;
            _thread = new Thread(Run) { IsBackground = true, Name = "media-clock", Priority = ThreadPriority.AboveNormal };
            _thread.Start();
        }
    }

    public void Stop()
    {
        Thread? thread;
        lock (_gate)
        {
            thread = _thread;
            _thread = null;
            _stopping = true;
        }
        thread?.Join();
    }

    public void Dispose() => Stop();

    private void Run()
    {
        var frequency = Stopwatch.Frequency;
        var schedule = new TickSchedule(Stopwatch.GetTimestamp(), ToTimestamp(_options.Period, frequency), ToTimestamp(_options.MaxLag, frequency));
        var spin = ToTimestamp(_options.SpinThreshold, frequency);
        while (!_stopping)
        {
            WaitUntil(schedule.Deadline, spin, frequency);
            var lateness = schedule.Arrive(Stopwatch.GetTimestamp());
            Lateness.Record(TimeSpan.FromSeconds((double)lateness / frequency));
            Interlocked.Exchange(ref _skipped, schedule.Skipped);
            Interlocked.Exchange(ref _tick, schedule.Tick);
            var sinks = Volatile.Read(ref _sinks);
            for (var i = 0; i < sinks.Length; i++)
            {
                try
                {
                    sinks[i].OnTick(schedule.Tick);
                }
                catch (Exception ex)
                {
                    // One broken stream must not silence the others.
                    if (Interlocked.Increment(ref _sinkErrors) % 1000 == 1)
                        _logger.LogError(ex, "Media clock sink {Sink} failed on tick {Tick}", sinks[i].GetType().Name, schedule.Tick);
                }
            }
            schedule.Advance();
        }
    }

    private void WaitUntil(long deadline, long spin, long frequency)
    {
        while (!_stopping)
        {
            var remaining = deadline - Stopwatch.GetTimestamp();
            if (remaining <= 0) return;
            var sleepMs = (int)((remaining - spin) * 1000 / frequency);
            if (sleepMs >= 1) Thread.Sleep(sleepMs);
            else Thread.SpinWait(50);
        }
    }

    private static long ToTimestamp(TimeSpan span, long frequency) => (long)(span.TotalSeconds * frequency);
}
