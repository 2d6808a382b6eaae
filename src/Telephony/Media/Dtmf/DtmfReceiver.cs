namespace CallCenter.Telephony.Media.Dtmf;

/// <summary>
/// Detects digits in received telephone-event packets, reporting each event exactly once.
/// An event is identified by its RTP timestamp (RFC 4733 §2.5.2.1), so repeated end packets,
/// a lost start packet or reordered updates do not produce a second report; the digit is
/// reported on the first packet of the event that arrives, which keeps barge-in fast and
/// still works when all end packets are lost. Packets of events older than the latest one are
/// late arrivals and are ignored. Not thread-safe (one instance per receive stream).
/// </summary>
public sealed class DtmfReceiver
{
    private const int Remembered = 16;

    private readonly uint[] _recent = new uint[Remembered];
    private int _recentCount;
    private int _recentNext;
    private bool _haveLatest;
    private uint _latest;

    /// <summary>Events reported so far.</summary>
    public int DigitsReported { get; private set; }

    /// <summary>Packets that were not telephone events we understand (short payload, code above 15).</summary>
    public int PacketsIgnored { get; private set; }

    /// <summary>
    /// Processes the payload of one telephone-event RTP packet with its RTP timestamp; returns true
    /// with the digit when this packet reveals a new event.
    /// </summary>
    public bool TryProcess(uint rtpTimestamp, ReadOnlySpan<byte> payload, out DtmfDigit digit)
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
                return false;
            }
        }

        _recent[_recentNext] = rtpTimestamp;
        _recentNext = (_recentNext + 1) % Remembered;
        _recentCount = Math.Min(_recentCount + 1, Remembered);
        _latest = rtpTimestamp;
        _haveLatest = true;
        DigitsReported++;
        digit = new DtmfDigit(character, rtpTimestamp);
        return true;
    }

    /// <summary>Forgets all events (e.g. when the remote SSRC changes).</summary>
    public void Reset()
    {
        _recentCount = 0;
        _recentNext = 0;
        _haveLatest = false;
    }
}
