namespace CallCenter.Telephony.Media.Codecs;

/// <summary>A narrowband audio codec negotiated in SDP and carried in RTP (one RTP payload type).</summary>
public interface IAudioCodec
{
    /// <summary>Static RTP payload type (RFC 3551 table 4): 0 for PCMU, 8 for PCMA.</summary>
    byte PayloadType { get; }

    /// <summary>Encoding name as written in SDP <c>a=rtpmap</c> (e.g. "PCMU").</summary>
    string Name { get; }

    /// <summary>RTP clock rate in Hz (8000 for G.711).</summary>
    int ClockRate { get; }

    /// <summary>Samples in one 20 ms frame (160 at 8 kHz); also the RTP timestamp step per frame.</summary>
    int SamplesPerFrame { get; }

    /// <summary>Encoded bytes in one 20 ms frame (160 for G.711).</summary>
    int EncodedBytesPerFrame { get; }

    /// <summary>Encodes 16-bit linear PCM; returns the number of bytes written.</summary>
    int Encode(ReadOnlySpan<short> pcm, Span<byte> encoded);

    /// <summary>Decodes to 16-bit linear PCM; returns the number of samples written.</summary>
    int Decode(ReadOnlySpan<byte> encoded, Span<short> pcm);
}
