using NAudio.Wave;

namespace CallCenter.Telephony.Media.Prompts;

/// <summary>Averages any number of interleaved channels into one (NAudio's ToMono only takes stereo).</summary>
internal sealed class DownmixSampleProvider : ISampleProvider
{
    private readonly ISampleProvider _source;
    private readonly int _channels;
    private float[] _scratch = [];

    public DownmixSampleProvider(ISampleProvider source)
    {
        _source = source;
        _channels = source.WaveFormat.Channels;
        WaveFormat = WaveFormat.CreateIeeeFloatWaveFormat(source.WaveFormat.SampleRate, 1);
    }

    public WaveFormat WaveFormat { get; }

    public int Read(Span<float> buffer)
    {
        int wanted = buffer.Length * _channels;
        if (_scratch.Length < wanted)
        {
            _scratch = new float[wanted];
        }

        int read = _source.Read(_scratch.AsSpan(0, wanted));
        int frames = read / _channels;
        for (int frame = 0; frame < frames; frame++)
        {
            float sum = 0;
            int offset = frame * _channels;
            for (int channel = 0; channel < _channels; channel++)
            {
                sum += _scratch[offset + channel];
            }

            buffer[frame] = sum / _channels;
        }

        return frames;
    }
}
