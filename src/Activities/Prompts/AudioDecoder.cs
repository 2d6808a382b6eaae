using CallCenter.Telephony.Media.Prompts;
using NAudio.Wave;

namespace CallCenter.Activities.Prompts;

/// <summary>
/// Turns an uploaded WAV (any rate, channels, PCM/float/G.711) or MP3 (NLayer, fully managed) into an
/// 8 kHz mono prompt. WAVs go through the voice server's <see cref="PromptLoader"/>; MP3s are checked
/// frame by frame for truncation, decoded to float PCM and converted by the same loader.
/// </summary>
internal static class AudioDecoder
{
    public static DecodedAudio Decode(byte[] data, string name)
    {
        ReadOnlySpan<byte> riff = "RIFF"u8;
        if (data.Length == 0 || data.AsSpan(0, Math.Min(4, data.Length)).SequenceEqual(riff[..Math.Min(4, data.Length)]))
            return FromLoader(PromptLoader.Load(new MemoryStream(data, writable: false), name));
        if (Mp3Frames.LooksLikeMp3(data)) return DecodeMp3(data, name);
        return DecodedAudio.Fail(PromptUploadError.NotAudio, $"Prompt '{name}' is neither a WAV nor an MP3 file.");
    }

    private static DecodedAudio DecodeMp3(byte[] data, string name)
    {
        if (Mp3Frames.Check(data, name) is { } problem) return problem;
        byte[] wav;
        try
        {
            using var mpeg = new NLayer.MpegFile(new MemoryStream(data, writable: false));
            var output = new MemoryStream();
            using (var writer = new WaveFileWriter(output, WaveFormat.CreateIeeeFloatWaveFormat(mpeg.SampleRate, mpeg.Channels)))
            {
                var buffer = new float[8192];
                int read;
                while ((read = mpeg.ReadSamples(buffer, 0, buffer.Length)) > 0) writer.WriteSamples(buffer, 0, read);
            }

            wav = output.ToArray();
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or IndexOutOfRangeException or ArgumentException or EndOfStreamException)
        {
            return DecodedAudio.Fail(PromptUploadError.Unsupported, $"Prompt '{name}' is an MP3 that cannot be decoded: {ex.Message}");
        }

        return FromLoader(PromptLoader.Load(new MemoryStream(wav, writable: false), name));
    }

    private static DecodedAudio FromLoader(PromptLoadResult loaded)
    {
        if (loaded.Prompt is { } prompt)
            return prompt.SampleCount == 0 ? DecodedAudio.Fail(PromptUploadError.Empty, $"Prompt '{prompt.Name}' contains no audio.") : new DecodedAudio(prompt, PromptUploadError.None, "Decoded.");
        var error = loaded.Error switch
        {
            PromptLoadError.Truncated => PromptUploadError.Truncated,
            PromptLoadError.NotWav => PromptUploadError.NotAudio,
            PromptLoadError.Empty => PromptUploadError.Empty,
            _ => PromptUploadError.Unsupported,
        };
        return DecodedAudio.Fail(error, loaded.Message);
    }

    /// <summary>The prompt as an 8 kHz mono 16-bit WAV file.</summary>
    public static byte[] ToWav(AudioPrompt prompt)
    {
        var output = new MemoryStream();
        using (var writer = new WaveFileWriter(output, new WaveFormat(AudioPrompt.SampleRate, 16, 1)))
        {
            var samples = prompt.Samples[..prompt.SampleCount];
            var bytes = new byte[samples.Length * 2];
            for (int i = 0; i < samples.Length; i++) System.Buffers.Binary.BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(2 * i), samples[i]);
            writer.Write(bytes, 0, bytes.Length);
        }

        return output.ToArray();
    }
}
