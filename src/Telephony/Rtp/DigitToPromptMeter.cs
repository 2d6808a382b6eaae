using System.Diagnostics;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Media.Clock;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// One leg's digit-to-prompt latency: from the packet a caller's digit was detected on (the RFC 4733 event's first
/// packet, or the SIP INFO) to the first RTP packet of the next prompt. Digits are noted by the receive loop or
/// SIP, the prompt's first frame by the clock thread; allocation-free. Nothing is measured without a histogram.
/// </summary>
internal sealed class DigitToPromptMeter
{
    // The latest digit's RFC 4733 event (its RTP timestamp; -2 for SIP INFO), when the packet that revealed it arrived
    // (Stopwatch timestamp), whether a digit came since the last measurement, and the event already measured
    // (its later packets are no new digit).
    private long _digitEvent = -1;
    private long _digitAt;
    private volatile bool _digitPending;
    private long _measuredEvent = -1;
    private volatile IAudioSource? _armedPrompt;

    public LatenessHistogram? Histogram { get; set; }

    /// <summary>A digit arrived by other means than RFC 4733 (SIP INFO): the latest DTMF input is now.</summary>
    public void OnDigit()
    {
        Volatile.Write(ref _digitEvent, -2);
        Volatile.Write(ref _digitAt, Stopwatch.GetTimestamp());
        _digitPending = true;
    }

    /// <summary>Each received telephone-event packet: a new event is a new digit (as DtmfReceiver reports it, on its first packet).</summary>
    public void OnDigitPacket(uint eventTimestamp)
    {
        if (Histogram is null) return;
        if (eventTimestamp == Volatile.Read(ref _measuredEvent) || eventTimestamp == Volatile.Read(ref _digitEvent)) return;
        Volatile.Write(ref _digitAt, Stopwatch.GetTimestamp());
        Volatile.Write(ref _digitEvent, eventTimestamp);
        _digitPending = true;
    }

    /// <summary><paramref name="prompt"/> is the next prompt: measured if a digit came since the last measurement.</summary>
    public void Arm(IAudioSource prompt)
    {
        if (Histogram is not null && _digitPending) _armedPrompt = prompt;
    }

    /// <summary>
    /// A frame of <paramref name="source"/> went out. The first of the armed prompt records the time since the digit —
    /// from the packet it was detected on, not the end packets 100 ms or more later, which would hide up to a key
    /// press of server delay behind the caller's finger.
    /// </summary>
    public void OnFrameSent(IAudioSource? source)
    {
        if (_armedPrompt is not { } armed || !ReferenceEquals(armed, source)) return;
        _armedPrompt = null;
        if (!_digitPending) return;
        _digitPending = false;
        var digitAt = Volatile.Read(ref _digitAt);
        var digitEvent = Volatile.Read(ref _digitEvent);
        if (digitEvent >= 0) Volatile.Write(ref _measuredEvent, digitEvent);
        Histogram?.Record(Stopwatch.GetElapsedTime(digitAt));
    }
}
