namespace CallCenter.Telephony.Media.Recording;

/// <summary>
/// Energy-based silence detection: a frame whose mean absolute amplitude is below the threshold is
/// silent; <see cref="Process"/> says when silence has lasted the whole timeout. Speech at a normal
/// level has a mean amplitude in the thousands, line noise in the tens. Not thread-safe.
/// </summary>
public sealed class SilenceDetector
{
    private readonly int _threshold;
    private readonly long _timeoutSamples;
    private long _silentSamples;

    /// <summary>
    /// Creates a detector: silence is a mean absolute amplitude below <paramref name="threshold"/> (default 256,
    /// about -42 dBFS) lasting <paramref name="timeout"/> at <paramref name="sampleRate"/> Hz (default 8000).
    /// </summary>
    public SilenceDetector(TimeSpan timeout, int threshold = 256, int sampleRate = 8000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        _threshold = threshold;
        _timeoutSamples = (long)(timeout.TotalSeconds * sampleRate);
    }

    /// <summary>Samples of silence so far (0 after any loud frame).</summary>
    public long SilentSamples => _silentSamples;

    /// <summary>Mean absolute amplitude of a frame (0–32768).</summary>
    public static int Level(ReadOnlySpan<short> frame)
    {
        if (frame.IsEmpty) return 0;
        long sum = 0;
        foreach (short sample in frame) sum += Math.Abs((int)sample);
        return (int)(sum / frame.Length);
    }

    /// <summary>Feeds one frame; true when silence has now lasted at least the timeout.</summary>
    public bool Process(ReadOnlySpan<short> frame)
    {
        if (Level(frame) >= _threshold) _silentSamples = 0;
        else _silentSamples += frame.Length;
        return _silentSamples >= _timeoutSamples;
    }

    /// <summary>Starts counting again.</summary>
    public void Reset() => _silentSamples = 0;
}
