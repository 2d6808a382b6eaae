namespace CallCenter.Bench.Acd;

/// <summary>Percentiles of one run's decision times, in microseconds.</summary>
public sealed class Summary
{
    public Summary(double[] samples)
    {
        Count = samples.Length;
        P50 = Percentiles.Of(samples, 0.50);
        P99 = Percentiles.Of(samples, 0.99);
        P999 = Percentiles.Of(samples, 0.999);
        Max = Percentiles.Of(samples, 1.0);
    }

    public int Count { get; }
    public double P50 { get; }
    public double P99 { get; }
    public double P999 { get; }
    public double Max { get; }
}
