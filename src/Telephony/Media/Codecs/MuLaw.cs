namespace CallCenter.Telephony.Media.Codecs;

/// <summary>
/// ITU-T G.711 µ-law companding, table-driven. The law works on 14-bit signed samples:
/// a 16-bit sample is reduced with an arithmetic shift by 2, so the encode table has one
/// entry per 14-bit value and the decode table one 16-bit value per code. Negative samples
/// take the one's complement before biasing, as the ITU-T G.191 reference does; the older Sun
/// routine (two's complement) gives the next code up on 508 of the 32,768 negative inputs.
/// </summary>
public static class MuLaw
{
    private const int Bias = 33;        // G.711 µ-law bias in 14-bit units
    private const int MaxMagnitude = 8191 - Bias;

    private static readonly byte[] EncodeTable = BuildEncodeTable();
    private static readonly short[] DecodeTable = BuildDecodeTable();

    /// <summary>Code for digital silence (a zero sample).</summary>
    public const byte Silence = 0xFF;

    /// <summary>Encodes one 16-bit sample.</summary>
    public static byte Encode(short sample) => EncodeTable[(sample >> 2) & 0x3FFF];

    /// <summary>Decodes one code to a 16-bit sample.</summary>
    public static short Decode(byte code) => DecodeTable[code];

    /// <summary>Encodes PCM into µ-law; returns the number of bytes written (= samples).</summary>
    public static int Encode(ReadOnlySpan<short> pcm, Span<byte> g711) => G711Tables.Encode(EncodeTable, 2, 0x3FFF, pcm, g711);

    /// <summary>Decodes µ-law into PCM; returns the number of samples written (= bytes).</summary>
    public static int Decode(ReadOnlySpan<byte> g711, Span<short> pcm) => G711Tables.Decode(DecodeTable, g711, pcm);

    private static byte[] BuildEncodeTable()
    {
        var table = new byte[1 << 14];
        for (int index = 0; index < table.Length; index++)
        {
            // Sign-extend the 14-bit index back to a value in [-8192, 8191].
            int value = (index << 18) >> 18;
            int sign = 0;
            int magnitude = value;
            if (value < 0)
            {
                sign = 0x80;
                magnitude = ~value; // one's complement, as G.711 maps -1 onto the zero step
            }

            if (magnitude > MaxMagnitude)
            {
                magnitude = MaxMagnitude;
            }

            magnitude += Bias; // now in [33, 8191]: the highest set bit chooses the segment
            int exponent = 7;
            for (int mask = 0x1000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1)
            {
                exponent--;
            }

            int mantissa = (magnitude >> (exponent + 1)) & 0x0F;
            table[index] = (byte)~(sign | (exponent << 4) | mantissa);
        }

        return table;
    }

    private static short[] BuildDecodeTable()
    {
        var table = new short[256];
        for (int code = 0; code < 256; code++)
        {
            int inverted = ~code & 0xFF;
            int exponent = (inverted >> 4) & 0x07;
            int mantissa = inverted & 0x0F;
            int magnitude = ((((mantissa << 1) + Bias) << exponent) - Bias) << 2;
            table[code] = (short)((inverted & 0x80) != 0 ? -magnitude : magnitude);
        }

        return table;
    }
}
