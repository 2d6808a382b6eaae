using CallCenter.Telephony.Media.Codecs;
using CallCenter.Telephony.Media.Prompts;
using NAudio.Wave;

namespace CallCenter.Telephony.Tests.Media.Prompts;

public sealed class PromptLoaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cc-prompts-" + Guid.NewGuid().ToString("N"));

    public PromptLoaderTests()
    {
        Directory.CreateDirectory(_folder);
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void A_44k1_stereo_prompt_becomes_8k_mono_with_duration_and_450_Hz_preserved()
    {
        string path = WriteSine("stereo.wav", new WaveFormat(44100, 16, 2), 450, seconds: 1.5);

        PromptLoadResult result = PromptLoader.Load(path);

        Assert.True(result.Success, result.Message);
        AudioPrompt prompt = result.Prompt!;
        Assert.InRange(prompt.SampleCount, 12000 - 160, 12000 + 160);
        Assert.InRange(prompt.FrameCount, 74, 76);
        Assert.InRange(prompt.Duration.TotalMilliseconds, 1480, 1520);
        ReadOnlySpan<short> middle = prompt.Samples.Slice(2000, 8000);
        Assert.True(Goertzel.Amplitude(middle, 450) > 0.3, "450 Hz lost in resampling");
        Assert.True(Goertzel.Amplitude(middle, 1000) < 0.01);
    }

    [Fact]
    public void A_22k05_mono_prompt_as_espeak_writes_it_is_resampled_to_8k()
    {
        string path = WriteSine("espeak.wav", new WaveFormat(22050, 16, 1), 450, seconds: 0.8);

        PromptLoadResult result = PromptLoader.Load(path);

        Assert.True(result.Success, result.Message);
        Assert.InRange(result.Prompt!.SampleCount, 6400 - 160, 6400 + 160);
        Assert.True(Goertzel.Amplitude(result.Prompt.Samples.Slice(800, 4000), 450) > 0.3);
    }

    [Fact]
    public void Float_and_8_bit_sources_are_converted_too()
    {
        string floatPath = WriteSine("float.wav", WaveFormat.CreateIeeeFloatWaveFormat(16000, 1), 450, seconds: 0.5);
        string bytePath = WriteSine("8bit.wav", new WaveFormat(8000, 8, 1), 450, seconds: 0.5);

        foreach (string path in new[] { floatPath, bytePath })
        {
            PromptLoadResult result = PromptLoader.Load(path);
            Assert.True(result.Success, result.Message);
            Assert.InRange(result.Prompt!.SampleCount, 4000 - 160, 4000 + 160);
            Assert.True(Goertzel.Amplitude(result.Prompt.Samples.Slice(500, 3000), 450) > 0.3);
        }
    }

    [Fact]
    public void A_six_channel_prompt_is_downmixed_to_mono()
    {
        string path = WriteSine("surround.wav", new WaveFormat(48000, 16, 6), 450, seconds: 0.5);

        PromptLoadResult result = PromptLoader.Load(path);

        Assert.True(result.Success, result.Message);
        Assert.InRange(result.Prompt!.SampleCount, 4000 - 160, 4000 + 160);
        Assert.True(Goertzel.Amplitude(result.Prompt.Samples.Slice(500, 3000), 450) > 0.3);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void G711_WAV_prompts_are_expanded_with_the_same_samples(bool muLaw)
    {
        short[] source = new short[1600];
        for (int i = 0; i < source.Length; i++)
        {
            source[i] = (short)(12000 * Math.Sin(2 * Math.PI * 450 * i / 8000));
        }

        byte[] encoded = new byte[source.Length];
        if (muLaw)
        {
            MuLaw.Encode(source, encoded);
        }
        else
        {
            ALaw.Encode(source, encoded);
        }

        string path = Path.Combine(_folder, muLaw ? "ulaw.wav" : "alaw.wav");
        WaveFormat format = muLaw ? WaveFormat.CreateMuLawFormat(8000, 1) : WaveFormat.CreateALawFormat(8000, 1);
        using (var writer = new WaveFileWriter(path, format))
        {
            writer.Write(encoded, 0, encoded.Length);
        }

        PromptLoadResult result = PromptLoader.Load(path);

        Assert.True(result.Success, result.Message);
        Assert.Equal(1600, result.Prompt!.SampleCount);
        for (int i = 0; i < encoded.Length; i++)
        {
            short expected = muLaw ? MuLaw.Decode(encoded[i]) : ALaw.Decode(encoded[i]);
            Assert.InRange(result.Prompt.Samples[i], expected - 1, expected + 1); // float round trip
        }
    }

    [Fact]
    public void Frames_are_20_ms_and_encoded_frames_are_cached_per_codec()
    {
        string path = WriteSine("frames.wav", new WaveFormat(8000, 16, 1), 450, seconds: 0.21);
        AudioPrompt prompt = PromptLoader.Load(path).Prompt!;

        Assert.Equal(1680, prompt.SampleCount);
        Assert.Equal(11, prompt.FrameCount);
        Assert.Equal(160, prompt.GetFrame(10).Length);
        Assert.True(prompt.GetFrame(10)[80..].SequenceEqual(new short[80])); // padding of the last frame

        ReadOnlySpan<byte> pcmu = prompt.GetEncodedFrame(PcmuCodec.Instance, 3);
        byte[] expected = new byte[160];
        MuLaw.Encode(prompt.GetFrame(3), expected);
        Assert.True(pcmu.SequenceEqual(expected));
        Assert.Equal(ALaw.Encode(prompt.GetFrame(3)[7]), prompt.GetEncodedFrame(PcmaCodec.Instance, 3)[7]);

        // Cached: the same memory is handed out on every call.
        Assert.True(prompt.GetEncodedFrame(PcmuCodec.Instance, 3) == prompt.GetEncodedFrame(PcmuCodec.Instance, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => prompt.GetFrame(11).Length);
    }

    [Fact]
    public void A_half_uploaded_prompt_gives_Truncated_not_an_exception()
    {
        string full = WriteSine("full.wav", new WaveFormat(22050, 16, 1), 450, seconds: 1);
        byte[] bytes = File.ReadAllBytes(full);
        string cutInData = Path.Combine(_folder, "cut-data.wav");
        File.WriteAllBytes(cutInData, bytes[..(bytes.Length / 2)]);
        string cutInHeader = Path.Combine(_folder, "cut-header.wav");
        File.WriteAllBytes(cutInHeader, bytes[..30]);
        string empty = Path.Combine(_folder, "empty.wav");
        File.WriteAllBytes(empty, []);

        foreach (string path in new[] { cutInData, cutInHeader, empty })
        {
            PromptLoadResult result = PromptLoader.Load(path);
            Assert.False(result.Success, path);
            Assert.Null(result.Prompt);
            Assert.Equal(PromptLoadError.Truncated, result.Error);
            Assert.Contains(Path.GetFileName(path), result.Message);
        }
    }

    [Fact]
    public void Missing_and_non_WAV_files_get_their_own_errors()
    {
        string text = Path.Combine(_folder, "notes.wav");
        File.WriteAllText(text, "this is not audio, just a mislabelled text file");

        Assert.Equal(PromptLoadError.NotFound, PromptLoader.Load(Path.Combine(_folder, "nope.wav")).Error);
        Assert.Equal(PromptLoadError.NotWav, PromptLoader.Load(text).Error);
    }

    [Fact]
    public void A_WAV_without_samples_is_Empty_and_a_compressed_one_Unsupported()
    {
        string empty = WriteSine("silent.wav", new WaveFormat(8000, 16, 1), 450, seconds: 0);
        string adpcm = Path.Combine(_folder, "adpcm.wav");
        using (var writer = new WaveFileWriter(adpcm, WaveFormat.CreateCustomFormat(WaveFormatEncoding.Adpcm, 8000, 1, 4096, 256, 4)))
        {
            writer.Write(new byte[1024], 0, 1024);
        }

        Assert.Equal(PromptLoadError.Empty, PromptLoader.Load(empty).Error);
        PromptLoadResult compressed = PromptLoader.Load(adpcm);
        Assert.Equal(PromptLoadError.Unsupported, compressed.Error);
        Assert.Contains("Adpcm", compressed.Message);
    }

    private string WriteSine(string name, WaveFormat format, double frequency, double seconds)
    {
        string path = Path.Combine(_folder, name);
        int frames = (int)(seconds * format.SampleRate);
        using var writer = new WaveFileWriter(path, format);
        for (int i = 0; i < frames; i++)
        {
            float value = (float)(0.5 * Math.Sin(2 * Math.PI * frequency * i / format.SampleRate));
            for (int channel = 0; channel < format.Channels; channel++)
            {
                if (format.BitsPerSample == 8)
                {
                    writer.WriteByte((byte)(128 + (int)(value * 127))); // 8-bit WAV is unsigned
                }
                else
                {
                    writer.WriteSample(value);
                }
            }
        }

        return path;
    }
}
