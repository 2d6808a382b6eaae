namespace CallCenter.Domain.Reports;

/// <summary>Abandoned calls whose wait fell in one bucket of <see cref="AbandonBuckets"/>.</summary>
public sealed record AbandonBucketRow(int Index, string Label, double MinSeconds, double? MaxSeconds, int Abandoned)
{
    public bool IsShort => Index == 0;
}
