using CallCenter.Telephony.Media.Recording;
using CallCenter.Telephony.Rtp;

namespace CallCenter.Telephony.Media.Bridging;

/// <summary>
/// Joins two call legs at media level: on every clock tick each leg plays what the other received
/// (decoded and jitter-buffered, so PCMU on one side and PCMA on the other just work), and a digit
/// received on one leg is sent on the other as RFC 4733 when that leg negotiated telephone-event
/// (otherwise <see cref="DigitNotRelayed"/> lets the owner send it another way, e.g. SIP INFO).
/// Disposing unbridges: both legs get back the sources they had, and a recording is stopped.
/// </summary>
public sealed class MediaBridge : IAsyncDisposable
{
    private readonly IAudioSource? _firstBefore;
    private readonly IAudioSource? _secondBefore;
    private readonly Lock _gate = new();
    private CallRecorder? _recorder;
    private long _relayed;
    private int _unbridged;

    /// <summary>Bridges the two legs now.</summary>
    public MediaBridge(RtpMediaSession first, RtpMediaSession second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (ReferenceEquals(first, second)) throw new ArgumentException("A leg cannot be bridged to itself.", nameof(second));
        First = first;
        Second = second;
        _firstBefore = first.Source;
        _secondBefore = second.Source;
        first.Source = second.Received;
        second.Source = first.Received;
        first.DigitReceived += OnFirstDigit;
        second.DigitReceived += OnSecondDigit;
    }

    public RtpMediaSession First { get; }

    public RtpMediaSession Second { get; }

    /// <summary>Digits passed from one leg to the other as RFC 4733.</summary>
    public long DigitsRelayed => Interlocked.Read(ref _relayed);

    /// <summary>Every digit received on either leg (the leg it came from), on that leg's receive loop.</summary>
    public event Action<RtpMediaSession, char>? DigitReceived;

    /// <summary>A digit the other leg could not take as RFC 4733 (no telephone-event, or its queue full): (from, to, digit).</summary>
    public event Action<RtpMediaSession, RtpMediaSession, char>? DigitNotRelayed;

    /// <summary>
    /// Records the bridged call: received = the first leg's caller, sent = what the first leg hears (the
    /// second's caller), mixed = the conversation. A stop digit from either leg stops it. One recording at a time.
    /// </summary>
    public CallRecorder Record(RecordingOptions options)
    {
        lock (_gate)
        {
            if (_recorder is { IsStopped: false }) throw new InvalidOperationException("This bridge is already being recorded.");
            var recorder = new CallRecorder(options);
            _recorder = recorder;
            First.AddTap(recorder);
            _ = recorder.Completion.ContinueWith(_ => First.RemoveTap(recorder), TaskScheduler.Default);
            return recorder;
        }
    }

    /// <summary>Unbridges: restores both legs' previous sources and stops the digit relay and any recording.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _unbridged, 1) == 1) return;
        First.DigitReceived -= OnFirstDigit;
        Second.DigitReceived -= OnSecondDigit;
        First.Source = _firstBefore;
        Second.Source = _secondBefore;
        CallRecorder? recorder;
        lock (_gate) recorder = _recorder;
        if (recorder is not null) await recorder.StopAsync().ConfigureAwait(false);
    }

    private void OnFirstDigit(char digit) => Relay(First, Second, digit);

    private void OnSecondDigit(char digit) => Relay(Second, First, digit);

    private void Relay(RtpMediaSession from, RtpMediaSession to, char digit)
    {
        DigitReceived?.Invoke(from, digit);
        _recorder?.NotifyDigit(digit);
        if (to.SendDigits(new ReadOnlySpan<char>(in digit))) Interlocked.Increment(ref _relayed);
        else DigitNotRelayed?.Invoke(from, to, digit);
    }
}
