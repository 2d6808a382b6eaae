namespace CallCenter.Telephony.Media.Input;

/// <summary>
/// The digits a caller has pressed and nobody has taken yet — one per call session, fed from any
/// source (RFC 4733 via <c>RtpMediaSession.DigitReceived</c>, SIP INFO later). Play-with-barge-in stops
/// the prompt on <see cref="DigitAdded"/> but leaves the digit here, so a <see cref="DigitCollector"/>
/// started afterwards gets it (type-ahead). Holds the latest <see cref="Capacity"/> digits; thread-safe.
/// </summary>
public sealed class DigitBuffer
{
    private readonly Lock _gate = new();
    private readonly char[] _digits;
    private int _head;
    private int _count;

    /// <summary>Creates a buffer keeping at most <paramref name="capacity"/> untaken digits (default 32; older ones are dropped).</summary>
    public DigitBuffer(int capacity = 32)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _digits = new char[capacity];
    }

    /// <summary>Digits kept at most.</summary>
    public int Capacity => _digits.Length;

    /// <summary>Digits waiting to be taken.</summary>
    public int Count
    {
        get { lock (_gate) return _count; }
    }

    /// <summary>Raised after a digit has been added, on the adder's thread (must not block).</summary>
    public event Action<char>? DigitAdded;

    /// <summary>Adds a digit the caller pressed.</summary>
    public void Add(char digit)
    {
        lock (_gate)
        {
            if (_count == _digits.Length)
            {
                _head = (_head + 1) % _digits.Length;
                _count--;
            }

            _digits[(_head + _count) % _digits.Length] = digit;
            _count++;
        }

        DigitAdded?.Invoke(digit);
    }

    /// <summary>Takes the oldest digit; false when none is waiting.</summary>
    public bool TryTake(out char digit)
    {
        lock (_gate)
        {
            if (_count == 0)
            {
                digit = default;
                return false;
            }

            digit = _digits[_head];
            _head = (_head + 1) % _digits.Length;
            _count--;
            return true;
        }
    }

    /// <summary>Forgets waiting digits (a menu that must not take type-ahead).</summary>
    public void Clear()
    {
        lock (_gate) _count = 0;
    }
}
