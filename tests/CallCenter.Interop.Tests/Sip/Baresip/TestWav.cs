using System.Buffers.Binary;

namespace CallCenter.Interop.Tests.Sip.Baresip;

/// <summary>Writes the 8 kHz mono 16-bit source WAVs the softphones play, and measures what they recorded.</summary>
internal static class TestWav
{
    public const int Rate = 8000;

    /// <summary>A sine tone of <paramref name="seconds"/>, then <paramref name="silenceSeconds"/> of silence (baresip hangs up when its source file ends).</summary>
    public static void WriteTone(string path, double frequency, double seconds, double silenceSeconds)
    {
        var samples = new short[(int)((seconds + silenceSeconds) * Rate)];
        var toneSamples = (int)(seconds * Rate);
        for (var i = 0; i < toneSamples; i++) samples[i] = (short)(0.3 * short.MaxValue * Math.Sin(2 * Math.PI * frequency * i / Rate));
        using var file = File.Create(path);
        Span<byte> header = stackalloc byte[44];
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], 36 + samples.Length * 2);
        "WAVEfmt "u8.CopyTo(header[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(header[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(header[22..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(header[24..], Rate);
        BinaryPrimitives.WriteInt32LittleEndian(header[28..], Rate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(header[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(header[34..], 16);
        "data"u8.CopyTo(header[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[40..], samples.Length * 2);
        file.Write(header);
        var data = new byte[samples.Length * 2];
        for (var i = 0; i < samples.Length; i++) BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(i * 2), samples[i]);
        file.Write(data);
    }

    /// <summary>The 16-bit PCM samples of a WAV's data chunk (baresip's sndfile writes 16-bit PCM; a header still being written reads as empty).</summary>
    public static short[] ReadSamples(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var offset = 12;
        while (offset + 8 <= bytes.Length)
        {
            var id = System.Text.Encoding.ASCII.GetString(bytes, offset, 4);
            var size = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(offset + 4));
            if (id == "data")
            {
                var available = Math.Min(bytes.Length - offset - 8, size <= 0 ? int.MaxValue : size);
                var samples = new short[available / 2];
                for (var i = 0; i < samples.Length; i++) samples[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(offset + 8 + i * 2));
                return samples;
            }
            offset += 8 + size + (size & 1);
        }
        return [];
    }

    /// <summary>Root mean square amplitude as a fraction of full scale.</summary>
    public static double Rms(short[] samples)
    {
        if (samples.Length == 0) return 0;
        double sum = 0;
        foreach (var s in samples) sum += (double)s * s;
        return Math.Sqrt(sum / samples.Length) / short.MaxValue;
    }

    /// <summary>Power at one frequency (Goertzel), to tell which side's tone a recording holds.</summary>
    public static double PowerAt(short[] samples, double frequency)
    {
        var coefficient = 2 * Math.Cos(2 * Math.PI * frequency / Rate);
        double s1 = 0, s2 = 0;
        foreach (var sample in samples)
        {
            var s0 = sample / (double)short.MaxValue + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        return s1 * s1 + s2 * s2 - coefficient * s1 * s2;
    }
}
