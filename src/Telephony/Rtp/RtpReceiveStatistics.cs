namespace CallCenter.Telephony.Rtp;

/// <summary>
/// Per-source reception statistics of RFC 3550: validated extended highest sequence number
/// (A.1), expected/lost counts and fraction lost (A.3) and interarrival jitter (A.8).
/// One instance per remote SSRC; not thread-safe (the media clock owns it).
/// </summary>
public sealed class RtpReceiveStatistics
{
    private const int MaxDropout = 3000;
    private const int MaxMisorder = 100;
    private const int SequenceModulo = 1 << 16;

    private readonly int _minSequential;
    private ushort _maxSequence;
    private uint _cycles;
    private uint _baseSequence;
    private uint _badSequence = SequenceModulo + 1;
    private int _probation;
    private long _received;
    private long _expectedPrior;
    private long _receivedPrior;
    private bool _started;
    private bool _haveTransit;
    private int _lastTransit;
    private uint _jitterScaled; // jitter × 16, the integer form of A.8

    /// <summary>
    /// Creates statistics; <paramref name="minSequential"/> consecutive packets are needed before a
    /// source is valid (A.1 uses 2; 1 accepts the first packet, right when SDP announced the stream).
    /// </summary>
    public RtpReceiveStatistics(int minSequential = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minSequential, 1);
        _minSequential = minSequential;
    }

    /// <summary>Whether the source has passed probation.</summary>
    public bool IsValid => _started && _probation == 0;

    /// <summary>Valid packets received (duplicates included, as in A.3).</summary>
    public long Received => _received;

    /// <summary>Extended highest sequence number received (cycles × 65536 + max sequence).</summary>
    public uint ExtendedHighestSequence => _cycles + _maxSequence;

    /// <summary>Packets expected since the base sequence number.</summary>
    public long Expected => IsValid ? (long)ExtendedHighestSequence - _baseSequence + 1 : 0;

    /// <summary>Cumulative packets lost (negative when duplicates arrive), clamped to 24 bits signed.</summary>
    public int CumulativeLost => (int)Math.Clamp(Expected - _received, -0x800000, 0x7FFFFF);

    /// <summary>Interarrival jitter in RTP timestamp units (A.8).</summary>
    public uint Jitter => _jitterScaled >> 4;

    /// <summary>
    /// Records one received packet. <paramref name="arrival"/> is the arrival time expressed in
    /// the stream's RTP clock units (e.g. elapsed samples at 8 kHz). Returns false when the packet
    /// is not (yet) counted: source in probation, or a big jump not confirmed by the next packet.
    /// </summary>
    public bool Update(ushort sequence, uint timestamp, uint arrival)
    {
        if (!_started)
        {
            _started = true;
            InitSequence(sequence);
            _maxSequence = (ushort)(sequence - 1);
            _probation = _minSequential;
        }

        if (!UpdateSequence(sequence))
        {
            return false;
        }

        UpdateJitter(timestamp, arrival);
        return true;
    }

    /// <summary>Forgets everything (the remote SSRC changed, or the stream restarted after hold).</summary>
    public void Reset()
    {
        _started = false;
        _probation = 0;
        _expectedPrior = 0;
        _receivedPrior = 0;
        InitSequence(0);
    }

    /// <summary>
    /// Builds the reception report block for this source and starts a new reporting interval
    /// (fraction lost covers the interval since the previous call, A.3).
    /// </summary>
    public RtcpReportBlock CreateReportBlock(uint sourceSsrc, uint lastSenderReport, uint delaySinceLastSenderReport)
    {
        long expected = Expected;
        long expectedInterval = expected - _expectedPrior;
        long receivedInterval = _received - _receivedPrior;
        _expectedPrior = expected;
        _receivedPrior = _received;
        long lostInterval = expectedInterval - receivedInterval;
        byte fraction = expectedInterval == 0 || lostInterval <= 0
            ? (byte)0
            : (byte)Math.Min(255, (lostInterval << 8) / expectedInterval);
        return new RtcpReportBlock(
            sourceSsrc,
            fraction,
            CumulativeLost,
            ExtendedHighestSequence,
            Jitter,
            lastSenderReport,
            delaySinceLastSenderReport);
    }

    private void InitSequence(ushort sequence)
    {
        _baseSequence = sequence;
        _maxSequence = sequence;
        _badSequence = SequenceModulo + 1;
        _cycles = 0;
        _received = 0;
        _receivedPrior = 0;
        _expectedPrior = 0;
        _haveTransit = false;
        _jitterScaled = 0;
    }

    private bool UpdateSequence(ushort sequence)
    {
        int delta = (ushort)(sequence - _maxSequence);
        if (_probation > 0)
        {
            if (sequence == (ushort)(_maxSequence + 1))
            {
                _probation--;
                _maxSequence = sequence;
                if (_probation == 0)
                {
                    InitSequence(sequence);
                    _received++;
                    return true;
                }
            }
            else
            {
                _probation = _minSequential - 1;
                _maxSequence = sequence;
            }

            return false;
        }

        if (delta < MaxDropout)
        {
            // In order, possibly with a gap; a smaller value than before means the counter wrapped.
            if (sequence < _maxSequence)
            {
                _cycles += SequenceModulo;
            }

            _maxSequence = sequence;
        }
        else if (delta <= SequenceModulo - MaxMisorder)
        {
            // A very large jump: accept it only if the next packet follows it (the sender restarted).
            if (sequence == _badSequence)
            {
                InitSequence(sequence);
            }
            else
            {
                _badSequence = (uint)((sequence + 1) & (SequenceModulo - 1));
                return false;
            }
        }

        // Otherwise a duplicate or a reordered packet: counted, but the maximum does not move.
        _received++;
        return true;
    }

    private void UpdateJitter(uint timestamp, uint arrival)
    {
        int transit = (int)(arrival - timestamp);
        if (!_haveTransit)
        {
            _haveTransit = true;
            _lastTransit = transit;
            return;
        }

        int d = transit - _lastTransit;
        _lastTransit = transit;
        if (d < 0)
        {
            d = -d;
        }

        // J += (|D| - J) / 16, kept scaled by 16 to stay in integers (A.8).
        _jitterScaled = (uint)(_jitterScaled + d - ((_jitterScaled + 8) >> 4));
    }
}
