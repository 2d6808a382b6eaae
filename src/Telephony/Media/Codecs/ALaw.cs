namespace CallCenter.Telephony.Media.Codecs;

/// <summary>
/// ITU-T G.711 A-law companding, table-driven. The law works on 13-bit signed samples with
/// a 4-bit step inside each of 8 segments; a 16-bit sample is reduced with an arithmetic
/// shift by 4 (12-bit index including sign) before the table lookup. Even bits are
/// inverted on the line (XOR 0x55).
/// </summary>
public static class ALaw
{
    private static readonly byte[] EncodeTable = BuildEncodeTable();
    private static readonly short[] DecodeTable = BuildDecodeTable();

    /// <summary>Code for digital silence (a zero sample).</summary>
    public const byte Silence = 0xD5;

    /// <summary>Encodes one 16-bit sample.</summary>
    public static byte Encode(short sample) => EncodeTable[(sample >> 4) & 0x0FFF];

    /// <summary>Decodes one code to a 16-bit sample.</summary>
    public static short Decode(byte code) => DecodeTable[code];

    /// <summary>Encodes PCM into A-law; returns the number of bytes written (= samples).</summary>
    public static int Encode(ReadOnlySpan<short> pcm, Span<byte> g711) => G711Tables.Encode(EncodeTable, 4, 0x0FFF, pcm, g711);

    /// <summary>Decodes A-law into PCM; returns the number of samples written (= bytes).</summary>
    public static int Decode(ReadOnlySpan<byte> g711, Span<short> pcm) => G711Tables.Decode(DecodeTable, g711, pcm);

    private static byte[] BuildEncodeTable()
    {
        var table = new byte[1 << 12];
        for (int index = 0; index < table.Length; index++)
        {
            int value = (index << 20) >> 20; // sign-extend 12 bits: [-2048, 2047]
            int sign = 0x80;                 // A-law marks positive values with the sign bit
            int magnitude = value;
            if (value < 0)
            {
                sign = 0;
                magnitude = ~value;
            }

            int code;
            if (magnitude < 16)
            {
                code = magnitude; // segment 0 is linear with the same step as segment 1
            }
            else
            {
                int segment = 1;
                while (magnitude > 31)
                {
                    magnitude >>= 1;
                    segment++;
                }

                code = (segment << 4) | (magnitude - 16);
            }

            table[index] = (byte)((sign | code) ^ 0x55);
        }

        return table;
    }

    private static short[] BuildDecodeTable()
    {
        var table = new short[256];
        for (int code = 0; code < 256; code++)
        {
            int value = code ^ 0x55;
            int segment = (value >> 4) & 0x07;
            int mantissa = value & 0x0F;
            int magnitude = segment == 0
                ? (mantissa << 4) + 8
                : ((mantissa << 4) + 0x108) << (segment - 1);
            table[code] = (short)((value & 0x80) != 0 ? magnitude : -magnitude);
        }

        return table;
    }
}
