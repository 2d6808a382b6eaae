namespace CallCenter.Bench.Acd;

/// <summary>Nearest-rank percentiles of a set of durations.</summary>
public static class Percentiles
{
    /// <summary>The value at rank ⌈p·n⌉ of the sorted samples (p in 0..1); the input is sorted in place.</summary>
    public static double Of(double[] samples, double p)
    {
        if (samples.Length == 0) return double.NaN;
        Array.Sort(samples);
        var rank = (int)Math.Ceiling(p * samples.Length);
        return samples[Math.Clamp(rank, 1, samples.Length) - 1];
    }
}
