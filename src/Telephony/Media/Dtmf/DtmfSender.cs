namespace CallCenter.Telephony.Media.Dtmf;

/// <summary>
/// Turns queued digits into RFC 4733 packets, one per 20 ms media-clock tick: a start packet
/// with the marker bit, updates with a growing duration, then three identical end packets
/// (§2.5.1.4), all with the timestamp of the event's start; then a short pause before the next
/// digit. While <see cref="IsSending"/> is true the session should not send voice packets.
/// Not thread-safe: enqueue on the media clock's thread or under the session's lock.
/// </summary>
public sealed class DtmfSender
{
    private const int MaxQueued = 64;
    private const int EndRepeats = 3;

    private readonly char[] _queue = new char[MaxQueued];
    private readonly ushort _eventDuration;
    private readonly ushort _step;
    private readonly int _gapTicks;
    private readonly byte _volume;
    private int _head;
    private int _count;
    private bool _active;
    private byte _event;
    private uint _eventTimestamp;
    private int _elapsed;
    private int _endsSent;
    private int _gapLeft;

    /// <summary>
    /// Creates a sender. <paramref name="toneMilliseconds"/> is each digit's length (default 100 ms),
    /// <paramref name="gapMilliseconds"/> the silence between digits (default 60 ms), <paramref name="volume"/>
    /// the power in -dBm0 (default 10), <paramref name="clockRate"/> the telephone-event clock (8000).
    /// </summary>
    public DtmfSender(int toneMilliseconds = 100, int gapMilliseconds = 60, byte volume = 10, int clockRate = 8000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(toneMilliseconds, 20);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(toneMilliseconds, 8000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(volume, (byte)63);
        _step = (ushort)(clockRate / 50);
        int steps = (toneMilliseconds + 19) / 20;
        _eventDuration = (ushort)(steps * _step);
        _gapTicks = (gapMilliseconds + 19) / 20;
        _volume = volume;
    }

    /// <summary>Whether an event is in progress (its packets replace voice this tick).</summary>
    public bool IsSending => _active;

    /// <summary>Digits waiting to be sent (not counting the one in progress).</summary>
    public int Pending => _count;

    /// <summary>Queues digits (0–9, *, #, A–D); returns false, queuing nothing, if any is invalid or the queue is full.</summary>
    public bool Enqueue(ReadOnlySpan<char> digits)
    {
        if (_count + digits.Length > MaxQueued)
        {
            return false;
        }

        foreach (char digit in digits)
        {
            if (!DtmfEvents.TryGetEventCode(digit, out _))
            {
                return false;
            }
        }

        foreach (char digit in digits)
        {
            _queue[(_head + _count) % MaxQueued] = digit;
            _count++;
        }

        return true;
    }

    /// <summary>
    /// Called once per 20 ms tick with the stream's current RTP timestamp; returns the packet to
    /// send this tick, or false when there is none (send voice instead).
    /// </summary>
    public bool TryGetPacket(uint currentTimestamp, out DtmfPacket packet)
    {
        packet = default;
        if (!_active)
        {
            if (_gapLeft > 0)
            {
                _gapLeft--;
                return false;
            }

            if (_count == 0)
            {
                return false;
            }

            char digit = _queue[_head];
            _head = (_head + 1) % MaxQueued;
            _count--;
            DtmfEvents.TryGetEventCode(digit, out _event);
            _active = true;
            _eventTimestamp = currentTimestamp;
            _elapsed = _step;
            _endsSent = 0;
            packet = new DtmfPacket(true, _eventTimestamp, new TelephoneEvent(_event, false, _volume, (ushort)_elapsed));
            return true;
        }

        if (_elapsed < _eventDuration)
        {
            _elapsed += _step;
            bool end = _elapsed >= _eventDuration;
            packet = new DtmfPacket(false, _eventTimestamp, new TelephoneEvent(_event, end, _volume, (ushort)_elapsed));
            if (end)
            {
                CountEnd();
            }

            return true;
        }

        packet = new DtmfPacket(false, _eventTimestamp, new TelephoneEvent(_event, true, _volume, (ushort)_elapsed));
        CountEnd();
        return true;
    }

    /// <summary>Abandons the queue and any event in progress (e.g. on hang-up).</summary>
    public void Clear()
    {
        _count = 0;
        _active = false;
        _gapLeft = 0;
    }

    private void CountEnd()
    {
        _endsSent++;
        if (_endsSent >= EndRepeats)
        {
            _active = false;
            _gapLeft = _gapTicks;
        }
    }
}
