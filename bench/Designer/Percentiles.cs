namespace CallCenter.Bench.Designer;

/// <summary>Nearest-rank percentiles of a set of durations.</summary>
public static class Percentiles
{
    /// <summary>The value at rank ⌈p·n⌉ of the sorted samples (p in 0..1); NaN when there are none.</summary>
    public static double Of(IReadOnlyCollection<double> samples, double p)
    {
        if (samples.Count == 0) return double.NaN;
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
