namespace CallCenter.Telephony.Tests.Media;

/// <summary>Single-bin DFT (Goertzel) used to check which frequencies a PCM block carries.</summary>
internal static class Goertzel
{
    /// <summary>Returns the amplitude (fraction of full scale) of <paramref name="frequency"/> in the block.</summary>
    public static double Amplitude(ReadOnlySpan<short> samples, double frequency, int sampleRate = 8000)
    {
        double coefficient = 2 * Math.Cos(2 * Math.PI * frequency / sampleRate);
        double previous = 0;
        double previous2 = 0;
        foreach (short sample in samples)
        {
            double current = (sample / 32768.0) + (coefficient * previous) - previous2;
            previous2 = previous;
            previous = current;
        }

        double power = (previous * previous) + (previous2 * previous2) - (coefficient * previous * previous2);
        return 2 * Math.Sqrt(Math.Max(power, 0)) / samples.Length;
    }
}
