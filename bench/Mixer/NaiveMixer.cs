using CallCenter.Telephony.Media;

namespace CallCenter.Bench.Mixer;

/// <summary>
/// The baseline: mix-minus done the obvious way — every participant's output summed from every other participant's
/// frame (O(N²) frames per tick), scalar, 32-bit sums saturated to 16 bits. Inputs are read once per tick, like the real mixer.
/// </summary>
internal sealed class NaiveMixer
{
    private readonly IAudioSource[] _inputs;
    private readonly short[][] _frames;
    private readonly short[][] _outputs;
    private readonly int[] _sum;

    public NaiveMixer(IAudioSource[] inputs, int frameSamples = 160)
    {
        _inputs = inputs;
        _frames = [.. inputs.Select(_ => new short[frameSamples])];
        _outputs = [.. inputs.Select(_ => new short[frameSamples])];
        _sum = new int[frameSamples];
    }

    public short[] Output(int participant) => _outputs[participant];

    public void Tick()
    {
        int n = _inputs.Length;
        for (int i = 0; i < n; i++) _inputs[i].Read(_frames[i]);
        for (int i = 0; i < n; i++)
        {
            Array.Clear(_sum);
            for (int j = 0; j < n; j++)
            {
                if (j == i) continue;
                short[] frame = _frames[j];
                for (int k = 0; k < _sum.Length; k++) _sum[k] += frame[k];
            }

            short[] output = _outputs[i];
            for (int k = 0; k < _sum.Length; k++) output[k] = (short)Math.Clamp(_sum[k], short.MinValue, short.MaxValue);
        }
    }
}
