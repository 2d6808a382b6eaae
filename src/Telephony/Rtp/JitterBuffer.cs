namespace CallCenter.Telephony.Rtp;

/// <summary>
/// A small fixed-capacity playout buffer of decoded audio, addressed by RTP timestamp (so any
/// packetisation — 10, 20, 30 ms — lands in the right place): reordered packets fall into their
/// slot, duplicates and packets whose time has already been played are dropped, a packet too far
/// ahead pushes the play point forward (latency stays capped), and a missing frame is concealed by
/// repeating the last one at falling volume, then silence. Playout starts once
/// <c>prefetchFrames</c> are buffered and stops (re-buffering) after a few concealed frames with
/// nothing buffered — the end of a talk spurt or hold. No allocation after construction; one
/// writer (the receive loop) and one reader (the media clock) synchronise on a private lock.
/// </summary>
public sealed class JitterBuffer
{
    private const int MaxConcealedFrames = 3;
    // A timestamp this far (≈ 1 s at 8 kHz) from the play point is a new stream, not jitter.
    private const int ResyncSamples = 8000;

    private readonly Lock _gate = new();
    private readonly short[] _samples;
    private readonly bool[] _filled;
    private readonly short[] _last;
    private readonly int _capacity;
    private readonly int _prefetch;
    private bool _anchored;
    private bool _playing;
    private uint _play; // RTP timestamp of the next sample to play
    private int _end; // samples from _play to the end of the furthest sample buffered (0 when empty)
    private int _concealed;
    private int _lastLength;

    /// <summary>
    /// Creates a buffer holding <paramref name="capacityFrames"/> frames of <paramref name="frameSamples"/>
    /// samples (default 5 × 160 = 100 ms), starting playout when <paramref name="prefetchFrames"/> are buffered (default 2 = 40 ms).
    /// </summary>
    public JitterBuffer(int capacityFrames = 5, int prefetchFrames = 2, int frameSamples = 160)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacityFrames, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(prefetchFrames, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(prefetchFrames, capacityFrames);
        FrameSamples = frameSamples;
        _capacity = capacityFrames * frameSamples;
        _prefetch = prefetchFrames * frameSamples;
        _samples = new short[_capacity];
        _filled = new bool[_capacity];
        _last = new short[frameSamples];
    }

    /// <summary>Samples per frame read.</summary>
    public int FrameSamples { get; }

    /// <summary>Packets stored.</summary>
    public long Accepted { get; private set; }

    /// <summary>Packets dropped because their time had been played already (late) or they repeated one buffered (duplicate).</summary>
    public long Dropped { get; private set; }

    /// <summary>Samples discarded unplayed because a packet arrived too far ahead (the buffer was full).</summary>
    public long Overflowed { get; private set; }

    /// <summary>Frames made up (repetition or silence) because their packet was missing.</summary>
    public long Concealed { get; private set; }

    /// <summary>Buffered depth in samples (from the play point to the furthest sample held).</summary>
    public int Depth
    {
        get { lock (_gate) return _end; }
    }

    /// <summary>Stores one decoded packet whose first sample has RTP timestamp <paramref name="timestamp"/>.</summary>
    public void Put(uint timestamp, ReadOnlySpan<short> pcm)
    {
        if (pcm.IsEmpty) return;
        if (pcm.Length > _capacity)
        {
            timestamp += (uint)(pcm.Length - _capacity); // keep the newest part
            pcm = pcm[^_capacity..];
        }

        lock (_gate)
        {
            int offset = (int)(timestamp - _play);
            if (!_anchored || (!_playing && _end == 0) || offset > ResyncSamples || offset < -ResyncSamples)
            {
                Reset(timestamp);
                offset = 0;
            }

            if (offset + pcm.Length <= 0)
            {
                Dropped++;
                return;
            }

            if (offset < 0)
            {
                pcm = pcm[-offset..];
                offset = 0;
            }

            int overflow = offset + pcm.Length - _capacity;
            if (overflow > 0)
            {
                Advance(overflow);
                Overflowed += overflow;
                offset -= overflow;
            }

            int start = (int)((_play + (uint)offset) % (uint)_capacity);
            if (_filled[start] && _filled[(start + pcm.Length - 1) % _capacity])
            {
                Dropped++;
                return;
            }

            // The ring in at most two pieces: up to its end, then from its start.
            int first = Math.Min(pcm.Length, _capacity - start);
            pcm[..first].CopyTo(_samples.AsSpan(start));
            _filled.AsSpan(start, first).Fill(true);
            pcm[first..].CopyTo(_samples);
            _filled.AsSpan(0, pcm.Length - first).Fill(true);

            _end = Math.Max(_end, offset + pcm.Length);
            Accepted++;
        }
    }

    /// <summary>
    /// Fills <paramref name="frame"/> with the next <see cref="FrameSamples"/> samples to play (concealing
    /// gaps); false when there is nothing to play (still buffering, or the stream has stopped).
    /// </summary>
    public bool Read(Span<short> frame)
    {
        lock (_gate)
        {
            if (!_playing)
            {
                if (!_anchored || _end < _prefetch) return false;
                _playing = true;
            }

            int length = Math.Min(frame.Length, FrameSamples);
            int start = (int)(_play % (uint)_capacity);
            int first = Math.Min(length, _capacity - start);
            int have = Take(start, frame[..first]) + Take(0, frame[first..length]);

            if (have == 0)
            {
                if (_end == 0 && _concealed >= MaxConcealedFrames)
                {
                    _playing = false;
                    return false;
                }

                Conceal(frame[..length]);
            }
            else
            {
                _concealed = 0;
                frame[..length].CopyTo(_last);
                _lastLength = length;
            }

            Advance(length);
            frame[length..].Clear();
            return true;
        }
    }

    /// <summary>Forgets everything (the remote restarted its stream).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _anchored = false;
            _playing = false;
            _end = 0;
            Array.Clear(_filled);
        }
    }

    private void Conceal(Span<short> frame)
    {
        // PLC-lite: the last good frame again at half, then quarter volume, then silence.
        _concealed++;
        Concealed++;
        int shift = _concealed;
        if (shift > 2 || _lastLength == 0)
        {
            frame.Clear();
            return;
        }

        for (int i = 0; i < frame.Length; i++)
        {
            frame[i] = i < _lastLength ? (short)(_last[i] >> shift) : (short)0;
        }
    }

    private int Take(int start, Span<short> frame)
    {
        if (frame.IsEmpty) return 0;
        ReadOnlySpan<bool> filled = _filled.AsSpan(start, frame.Length);
        _samples.AsSpan(start, frame.Length).CopyTo(frame);
        int missing = filled.IndexOf(false);
        if (missing < 0) return frame.Length; // the usual case: the whole frame arrived

        int have = 0;
        for (int i = 0; i < frame.Length; i++)
        {
            if (filled[i]) have++;
            else frame[i] = 0;
        }

        return have;
    }

    private void Advance(int samples)
    {
        int start = (int)(_play % (uint)_capacity);
        int count = Math.Min(samples, _capacity);
        int first = Math.Min(count, _capacity - start);
        _filled.AsSpan(start, first).Clear();
        _filled.AsSpan(0, count - first).Clear();
        _play += (uint)samples;
        _end = Math.Max(0, _end - samples);
    }

    private void Reset(uint timestamp)
    {
        Array.Clear(_filled);
        _anchored = true;
        _playing = false;
        _play = timestamp;
        _end = 0;
        _concealed = 0;
    }
}
