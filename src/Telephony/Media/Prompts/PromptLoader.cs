using NAudio.Wave;

namespace CallCenter.Telephony.Media.Prompts;

/// <summary>
/// Loads a WAV prompt of any sample rate, channel count and PCM/float bit depth and converts
/// it once to 8 kHz mono 16-bit (NAudio: to float samples, down-mix, WDL resampler). Bad files
/// give a typed <see cref="PromptLoadResult"/>, never an exception.
/// </summary>
public static class PromptLoader
{
    private const int ReadBlock = 4096;

    /// <summary>Loads and converts the WAV file at <paramref name="path"/>.</summary>
    public static PromptLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return PromptLoadResult.Fail(PromptLoadError.NotFound, $"Prompt file '{path}' does not exist.");
        }

        try
        {
            using FileStream stream = File.OpenRead(path);
            return Load(stream, Path.GetFileName(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return PromptLoadResult.Fail(PromptLoadError.Unreadable, $"Prompt file '{path}' cannot be read: {ex.Message}");
        }
    }

    /// <summary>Loads and converts a WAV from a seekable stream; <paramref name="name"/> labels messages.</summary>
    public static PromptLoadResult Load(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }

        PromptLoadResult? headerProblem = CheckRiffHeader(stream, name);
        if (headerProblem is not null)
        {
            return headerProblem;
        }

        WaveFormat format;
        byte[] data;
        try
        {
            using var reader = new WaveFileReader(stream);
            format = reader.WaveFormat;
            long declared = reader.Length;
            int blockAlign = Math.Max(1, (int)format.BlockAlign);
            if (declared < blockAlign)
            {
                return PromptLoadResult.Fail(PromptLoadError.Empty, $"Prompt '{name}' contains no audio.");
            }

            if (declared > int.MaxValue)
            {
                return PromptLoadResult.Fail(PromptLoadError.Unsupported, $"Prompt '{name}' is too long.");
            }

            // NAudio reads whole sample blocks only; a dangling partial block at the end is dropped.
            data = new byte[declared - (declared % blockAlign)];
            int chunk = Math.Max(blockAlign, ReadBlock / blockAlign * blockAlign);
            int total = 0;
            while (total < data.Length)
            {
                int read = reader.Read(data, total, Math.Min(chunk, data.Length - total));
                if (read <= 0)
                {
                    break;
                }

                total += read;
            }

            if (total < data.Length)
            {
                return PromptLoadResult.Fail(
                    PromptLoadError.Truncated,
                    $"Prompt '{name}' is truncated: its header announces {data.Length} bytes of audio but only {total} are present (upload incomplete?).");
            }
        }
        catch (EndOfStreamException)
        {
            return PromptLoadResult.Fail(PromptLoadError.Truncated, $"Prompt '{name}' ends inside its WAV header (upload incomplete?).");
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or ArgumentException or NotSupportedException)
        {
            return PromptLoadResult.Fail(PromptLoadError.Unsupported, $"Prompt '{name}' is not a usable WAV: {ex.Message}");
        }

        return Convert(data, format, name);
    }

    private static (byte[] Data, WaveFormat Format) ExpandG711(byte[] data, WaveFormat format)
    {
        var pcm = new short[data.Length];
        if (format.Encoding == WaveFormatEncoding.MuLaw)
        {
            Codecs.MuLaw.Decode(data, pcm);
        }
        else
        {
            Codecs.ALaw.Decode(data, pcm);
        }

        var bytes = new byte[pcm.Length * 2];
        for (int i = 0; i < pcm.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(2 * i), pcm[i]);
        }

        return (bytes, new WaveFormat(format.SampleRate, 16, format.Channels));
    }

    private static PromptLoadResult? CheckRiffHeader(Stream stream, string name)
    {
        Span<byte> riff = stackalloc byte[12];
        long start = stream.Position;
        int got = stream.ReadAtLeast(riff, riff.Length, throwOnEndOfStream: false);
        stream.Position = start;
        ReadOnlySpan<byte> expectedRiff = "RIFF"u8;
        ReadOnlySpan<byte> expectedWave = "WAVE"u8;
        bool prefixMatches = got == 0 || riff[..Math.Min(got, 4)].SequenceEqual(expectedRiff[..Math.Min(got, 4)]);
        if (got < riff.Length)
        {
            return prefixMatches
                ? PromptLoadResult.Fail(PromptLoadError.Truncated, $"Prompt '{name}' is only {got} bytes long (upload incomplete?).")
                : PromptLoadResult.Fail(PromptLoadError.NotWav, $"Prompt '{name}' is not a WAV file.");
        }

        if (!riff[..4].SequenceEqual(expectedRiff) || !riff[8..12].SequenceEqual(expectedWave))
        {
            return PromptLoadResult.Fail(PromptLoadError.NotWav, $"Prompt '{name}' is not a WAV file (no RIFF/WAVE header).");
        }

        long missing = MissingDataBytes(stream, start);
        stream.Position = start;
        return missing switch
        {
            0 => null,
            < 0 => PromptLoadResult.Fail(PromptLoadError.Truncated, $"Prompt '{name}' ends before its audio data begins (upload incomplete?)."),
            _ => PromptLoadResult.Fail(
                PromptLoadError.Truncated,
                $"Prompt '{name}' is truncated: {missing} bytes of the audio its header announces are missing (upload incomplete?)."),
        };
    }

    // NAudio quietly shortens a data chunk that runs past the end of the file, so the chunk list is
    // walked here: returns how many announced data bytes are missing, or -1 when no data chunk starts.
    private static long MissingDataBytes(Stream stream, long start)
    {
        Span<byte> chunkHeader = stackalloc byte[8];
        long position = start + 12;
        long end = stream.Length;
        while (position + 8 <= end)
        {
            stream.Position = position;
            stream.ReadExactly(chunkHeader);
            long size = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(chunkHeader[4..]);
            long body = position + 8;
            if (chunkHeader[..4].SequenceEqual("data"u8))
            {
                return Math.Max(0, body + size - end);
            }

            position = body + size + (size & 1); // chunks are word-aligned
        }

        return -1;
    }

    private static PromptLoadResult Convert(byte[] data, WaveFormat format, string name)
    {
        ISampleProvider samples;
        try
        {
            if (format.Encoding is WaveFormatEncoding.MuLaw or WaveFormatEncoding.ALaw && format.BitsPerSample == 8)
            {
                // Telephony prompt libraries often ship G.711 WAVs; NAudio's sample providers do not read them.
                (data, format) = ExpandG711(data, format);
            }

            var raw = new RawSourceWaveStream(data, 0, data.Length, format);
            samples = raw.ToSampleProvider();
            if (samples.WaveFormat.Channels == 2)
            {
                samples = samples.ToMono();
            }
            else if (samples.WaveFormat.Channels > 2)
            {
                samples = new DownmixSampleProvider(samples);
            }

            if (samples.WaveFormat.SampleRate != AudioPrompt.SampleRate)
            {
                samples = new NAudio.Wave.SampleProviders.WdlResamplingSampleProvider(samples, AudioPrompt.SampleRate);
            }
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return PromptLoadResult.Fail(
                PromptLoadError.Unsupported,
                $"Prompt '{name}' uses an encoding that cannot be converted ({format.Encoding}, {format.BitsPerSample} bit): {ex.Message}");
        }

        long sourceFrames = data.Length / format.BlockAlign;
        long expected = (sourceFrames * AudioPrompt.SampleRate / format.SampleRate) + AudioPrompt.SamplesPerFrame;
        var pcm = new short[expected];
        var buffer = new float[ReadBlock];
        int count = 0;
        while (true)
        {
            int read = samples.Read(buffer);
            if (read <= 0)
            {
                break;
            }

            if (count + read > pcm.Length)
            {
                Array.Resize(ref pcm, Math.Max(pcm.Length * 2, count + read));
            }

            for (int i = 0; i < read; i++)
            {
                float value = buffer[i] * 32767f;
                pcm[count + i] = (short)Math.Clamp(value, short.MinValue, short.MaxValue);
            }

            count += read;
        }

        return PromptLoadResult.Ok(new AudioPrompt(pcm.AsSpan(0, count), name));
    }
}
