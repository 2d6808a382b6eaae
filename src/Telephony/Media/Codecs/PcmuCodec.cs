namespace CallCenter.Telephony.Media.Codecs;

/// <summary>G.711 MuLaw as RTP payload type 0 ("PCMU", RFC 3551), 8 kHz, 20 ms frames.</summary>
public sealed class PcmuCodec : IAudioCodec
{
    /// <summary>The shared stateless instance.</summary>
    public static PcmuCodec Instance { get; } = new();

    private PcmuCodec()
    {
    }

    /// <inheritdoc />
    public byte PayloadType => 0;

    /// <inheritdoc />
    public string Name => "PCMU";

    /// <inheritdoc />
    public int ClockRate => 8000;

    /// <inheritdoc />
    public int SamplesPerFrame => 160;

    /// <inheritdoc />
    public int EncodedBytesPerFrame => 160;

    /// <inheritdoc />
    public int Encode(ReadOnlySpan<short> pcm, Span<byte> encoded) => MuLaw.Encode(pcm, encoded);

    /// <inheritdoc />
    public int Decode(ReadOnlySpan<byte> encoded, Span<short> pcm) => MuLaw.Decode(encoded, pcm);
}
