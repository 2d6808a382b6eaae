namespace CallCenter.Telephony.Media.Codecs;

/// <summary>The span loops both G.711 laws share: a table lookup per sample (the laws differ only in their tables and index shift).</summary>
internal static class G711Tables
{
    public static int Encode(byte[] table, int shift, int mask, ReadOnlySpan<short> pcm, Span<byte> g711)
    {
        if (g711.Length < pcm.Length) throw new ArgumentException("Destination is shorter than the source.", nameof(g711));
        g711 = g711[..pcm.Length]; // same length as the loop bound lets the JIT drop bounds checks
        for (int i = 0; i < pcm.Length; i++) g711[i] = table[(pcm[i] >> shift) & mask];
        return pcm.Length;
    }

    public static int Decode(short[] table, ReadOnlySpan<byte> g711, Span<short> pcm)
    {
        if (pcm.Length < g711.Length) throw new ArgumentException("Destination is shorter than the source.", nameof(pcm));
        pcm = pcm[..g711.Length];
        for (int i = 0; i < g711.Length; i++) pcm[i] = table[g711[i]];
        return g711.Length;
    }
}
