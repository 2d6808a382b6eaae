namespace CallCenter.Telephony.Media;

/// <summary>
/// Sees a stream's audio once per media-clock tick, on the clock's thread: what was received for
/// this tick (decoded, from the jitter buffer) and what was sent. Must not block (a recorder hands
/// the frames to a background writer).
/// </summary>
public interface IAudioFrameTap
{
    /// <summary>
    /// One tick's frames; an empty span means nothing was received (or sent) this tick. The spans are
    /// only valid during the call.
    /// </summary>
    void OnFrames(long tick, ReadOnlySpan<short> received, ReadOnlySpan<short> sent);
}
