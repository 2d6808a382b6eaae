using NAudio.Wave;

namespace CallCenter.Activities.Tests.Prompts;

/// <summary>Audio files made for the tests: WAVs of any format written with NAudio, and the MP3 fixtures (made with lame).</summary>
public static class TestAudio
{
    /// <summary>A tone of <paramref name="seconds"/> as a 16-bit PCM WAV at <paramref name="rate"/> Hz with <paramref name="channels"/> channels.</summary>
    public static byte[] ToneWav(int rate, int channels, double seconds, int frequency = 440)
    {
        var output = new MemoryStream();
        using (var writer = new WaveFileWriter(output, new WaveFormat(rate, 16, channels)))
        {
            int frames = (int)(rate * seconds);
            var samples = new float[frames * channels];
            for (int i = 0; i < frames; i++)
                for (int c = 0; c < channels; c++) samples[i * channels + c] = 0.4f * MathF.Sin(2 * MathF.PI * frequency * i / rate);
            writer.WriteSamples(samples, 0, samples.Length);
        }

        return output.ToArray();
    }

    /// <summary>A fixture from Prompts/Fixtures: tone-44k-stereo.mp3 (1 s, MPEG-1 128 kbit/s) or welcome-22k-mono.mp3 (espeak-ng, 1.49 s, MPEG-2).</summary>
    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Prompts", "Fixtures", name));
}
