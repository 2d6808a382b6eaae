using CallCenter.Telephony.Media;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// The audio a session received for its latest tick, as a source another stream can play (a bridge
/// sets one leg's <see cref="RtpMediaSession.Received"/> as the other leg's source). Read on the
/// media clock's thread: the session refreshes it once per tick, so reading never drains the jitter buffer twice.
/// </summary>
public sealed class ReceivedAudio : IAudioSource
{
    private readonly short[] _frame;
    private bool _has;

    internal ReceivedAudio(int frameSamples) => _frame = new short[frameSamples];

    /// <summary>Whether the latest tick had audio.</summary>
    public bool HasAudio => _has;

    internal Span<short> Frame => _frame;

    internal void Set(bool has) => _has = has;

    /// <summary>Copies the latest tick's received frame; false when nothing was received.</summary>
    public bool Read(Span<short> frame)
    {
        if (!_has) return false;
        int length = Math.Min(frame.Length, _frame.Length);
        _frame.AsSpan(0, length).CopyTo(frame);
        frame[length..].Clear();
        return true;
    }
}
