using CallCenter.Telephony.Media.Codecs;

namespace CallCenter.Telephony.Media.Prompts;

/// <summary>
/// A prompt converted once to 8 kHz mono 16-bit PCM, cut into 20 ms frames (the last one padded
/// with silence). Encoded frames are produced once per codec and shared by every call, so playing
/// a frame costs a slice. Immutable and thread-safe.
/// </summary>
public sealed class AudioPrompt
{
    /// <summary>Sample rate of the stored PCM.</summary>
    public const int SampleRate = 8000;

    /// <summary>Samples per 20 ms frame.</summary>
    public const int SamplesPerFrame = 160;

    private readonly short[] _samples;
    private readonly byte[]?[] _encoded = new byte[]?[128];

    /// <summary>Wraps 8 kHz mono PCM (copied), padding the last frame with silence.</summary>
    public AudioPrompt(ReadOnlySpan<short> samples, string name)
    {
        Name = name;
        SampleCount = samples.Length;
        FrameCount = (samples.Length + SamplesPerFrame - 1) / SamplesPerFrame;
        _samples = new short[FrameCount * SamplesPerFrame];
        samples.CopyTo(_samples);
    }

    /// <summary>File name or other label for logs.</summary>
    public string Name { get; }

    /// <summary>Real samples (without the padding of the last frame).</summary>
    public int SampleCount { get; }

    /// <summary>Number of 20 ms frames.</summary>
    public int FrameCount { get; }

    /// <summary>Length of the audio.</summary>
    public TimeSpan Duration => TimeSpan.FromTicks(SampleCount * TimeSpan.TicksPerSecond / SampleRate);

    /// <summary>All samples, padded to whole frames.</summary>
    public ReadOnlySpan<short> Samples => _samples;

    /// <summary>PCM of frame <paramref name="index"/> (160 samples).</summary>
    public ReadOnlySpan<short> GetFrame(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, FrameCount);
        return _samples.AsSpan(index * SamplesPerFrame, SamplesPerFrame);
    }

    /// <summary>Frame <paramref name="index"/> encoded with <paramref name="codec"/>; the whole prompt is encoded on first use.</summary>
    public ReadOnlySpan<byte> GetEncodedFrame(IAudioCodec codec, int index)
    {
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, FrameCount);
        if (codec.SamplesPerFrame != SamplesPerFrame || codec.ClockRate != SampleRate)
        {
            throw new ArgumentException("Prompts are stored as 8 kHz, 20 ms frames.", nameof(codec));
        }

        byte[] encoded = GetEncoded(codec);
        int size = codec.EncodedBytesPerFrame;
        return encoded.AsSpan(index * size, size);
    }

    private byte[] GetEncoded(IAudioCodec codec)
    {
        byte[]? cached = Volatile.Read(ref _encoded[codec.PayloadType & 0x7F]);
        if (cached is not null)
        {
            return cached;
        }

        var encoded = new byte[FrameCount * codec.EncodedBytesPerFrame];
        for (int frame = 0; frame < FrameCount; frame++)
        {
            codec.Encode(
                _samples.AsSpan(frame * SamplesPerFrame, SamplesPerFrame),
                encoded.AsSpan(frame * codec.EncodedBytesPerFrame, codec.EncodedBytesPerFrame));
        }

        // Two calls racing encode the same bytes; whichever lands first is kept.
        return Interlocked.CompareExchange(ref _encoded[codec.PayloadType & 0x7F], encoded, null) ?? encoded;
    }
}
