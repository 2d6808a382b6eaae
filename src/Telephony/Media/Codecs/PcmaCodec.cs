namespace CallCenter.Telephony.Media.Codecs;

/// <summary>G.711 ALaw as RTP payload type 8 ("PCMA", RFC 3551), 8 kHz, 20 ms frames.</summary>
public sealed class PcmaCodec : IAudioCodec
{
    /// <summary>The shared stateless instance.</summary>
    public static PcmaCodec Instance { get; } = new();

    private PcmaCodec()
    {
    }

    /// <inheritdoc />
    public byte PayloadType => 8;

    /// <inheritdoc />
    public string Name => "PCMA";

    /// <inheritdoc />
    public int ClockRate => 8000;

    /// <inheritdoc />
    public int SamplesPerFrame => 160;

    /// <inheritdoc />
    public int EncodedBytesPerFrame => 160;

    /// <inheritdoc />
    public int Encode(ReadOnlySpan<short> pcm, Span<byte> encoded) => ALaw.Encode(pcm, encoded);

    /// <inheritdoc />
    public int Decode(ReadOnlySpan<byte> encoded, Span<short> pcm) => ALaw.Decode(encoded, pcm);
}
