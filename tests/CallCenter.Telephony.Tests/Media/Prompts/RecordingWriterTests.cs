using CallCenter.Telephony.Media.Codecs;
using CallCenter.Telephony.Media.Prompts;
using NAudio.Wave;

namespace CallCenter.Telephony.Tests.Media.Prompts;

public sealed class RecordingWriterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cc-recordings-" + Guid.NewGuid().ToString("N"));

    public RecordingWriterTests()
    {
        Directory.CreateDirectory(_folder);
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Frames_written_become_an_8k_mono_16_bit_WAV_with_the_same_samples()
    {
        string path = Path.Combine(_folder, "leg.wav");
        short[] frame = new short[160];
        for (int i = 0; i < frame.Length; i++)
        {
            frame[i] = (short)(i * 100);
        }

        byte[] encoded = new byte[160];
        PcmaCodec.Instance.Encode(frame, encoded);
        using (var writer = new RecordingWriter(path))
        {
            for (int i = 0; i < 50; i++)
            {
                writer.Write(frame);
            }

            writer.Write(encoded, PcmaCodec.Instance);
            Assert.Equal(TimeSpan.FromMilliseconds(1020), writer.Duration);
        }

        using var reader = new WaveFileReader(path);
        Assert.Equal(8000, reader.WaveFormat.SampleRate);
        Assert.Equal(1, reader.WaveFormat.Channels);
        Assert.Equal(16, reader.WaveFormat.BitsPerSample);
        Assert.Equal(51 * 160 * 2, reader.Length);
        byte[] data = new byte[reader.Length];
        Assert.Equal(data.Length, reader.Read(data, 0, data.Length));
        Assert.Equal(frame[100], BitConverter.ToInt16(data, 2 * (160 + 100)));
        Assert.Equal(ALaw.Decode(encoded[100]), BitConverter.ToInt16(data, 2 * ((50 * 160) + 100)));

        // And the recording reads back as a prompt of the same length.
        Assert.Equal(51 * 160, PromptLoader.Load(path).Prompt!.SampleCount);
    }
}
