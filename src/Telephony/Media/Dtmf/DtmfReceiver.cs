namespace CallCenter.Telephony.Media.Dtmf;

/// <summary>
/// Detects digits in received telephone-event packets, reporting each event exactly once.
/// An event is identified by its RTP timestamp (RFC 4733 §2.5.2.1), so repeated end packets,
/// a lost start packet or reordered updates do not produce a second report; the digit is
/// reported on the first packet of the event that arrives, which keeps barge-in fast and
/// still works when all end packets are lost. Packets of events older than the latest one are
/// late arrivals and are ignored. A long event that the sender splits into segments
/// (RFC 4733 §2.5.1.3: new timestamp, no marker, same event, previous segment not ended)
/// continues the digit instead of repeating it. Not thread-safe (one instance per receive stream).
/// </summary>
public sealed class DtmfReceiver
{
    private const int Remembered = 16;
    private const uint MaxSegmentGap = 8000; // one second of 8 kHz clock between segments at most

    private readonly uint[] _recent = new uint[Remembered];
    private int _recentCount;
    private int _recentNext;
    private bool _haveLatest;
    private uint _latest;
    private byte _latestEvent;
    private bool _latestEnded;
    private ushort _latestDuration;

    /// <summary>Events reported so far.</summary>
    public int DigitsReported { get; private set; }

    /// <summary>Packets that were not telephone events we understand (short payload, code above 15).</summary>
    public int PacketsIgnored { get; private set; }

    /// <summary>
    /// Processes the payload of one telephone-event RTP packet with its RTP timestamp and marker bit;
    /// returns true with the digit when this packet reveals a new event.
    /// </summary>
    public bool TryProcess(uint rtpTimestamp, bool marker, ReadOnlySpan<byte> payload, out DtmfDigit digit)
    {
        digit = default;
        if (!TelephoneEvent.TryRead(payload, out TelephoneEvent telephoneEvent)
            || !DtmfEvents.TryGetDigit(telephoneEvent.Event, out char character))
        {
            PacketsIgnored++;
            return false;
        }

        if (_haveLatest && (int)(rtpTimestamp - _latest) < 0)
        {
            return false; // a late packet of an event already superseded
        }

        for (int i = 0; i < _recentCount; i++)
        {
            if (_recent[i] == rtpTimestamp)
            {
                if (rtpTimestamp == _latest)
                {
                    _latestEnded |= telephoneEvent.End;
                    _latestDuration = Math.Max(_latestDuration, telephoneEvent.Duration);
                }

                return false;
            }
        }

        bool continuation = _haveLatest
            && !marker
            && !_latestEnded
            && telephoneEvent.Event == _latestEvent
            && rtpTimestamp - _latest <= (uint)_latestDuration + MaxSegmentGap;

        Remember(rtpTimestamp, telephoneEvent);
        if (continuation)
        {
            return false;
        }

        DigitsReported++;
        digit = new DtmfDigit(character, rtpTimestamp);
        return true;
    }

    private void Remember(uint rtpTimestamp, TelephoneEvent telephoneEvent)
    {
        _recent[_recentNext] = rtpTimestamp;
        _recentNext = (_recentNext + 1) % Remembered;
        _recentCount = Math.Min(_recentCount + 1, Remembered);
        _latest = rtpTimestamp;
        _haveLatest = true;
        _latestEvent = telephoneEvent.Event;
        _latestEnded = telephoneEvent.End;
        _latestDuration = telephoneEvent.Duration;
    }

    /// <summary>Forgets all events (e.g. when the remote SSRC changes).</summary>
    public void Reset()
    {
        _recentCount = 0;
        _recentNext = 0;
        _haveLatest = false;
    }
}
