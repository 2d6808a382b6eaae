namespace CallCenter.Domain.Reports;

/// <summary>
/// The wait-time buckets of the abandon analysis, in seconds, lower bound included, upper excluded: 0–5 (short: a caller
/// who hung up almost at once, usually not a service failure), 5–10, 10–20, 20–30, 30–60, 60–120, ≥ 120.
/// </summary>
public static class AbandonBuckets
{
    /// <summary>Lower bounds of the buckets; the last bucket has no upper bound.</summary>
    public static readonly IReadOnlyList<double> LowerBounds = [0, 5, 10, 20, 30, 60, 120];

    /// <summary>Abandons below this many seconds are "short".</summary>
    public const double ShortBelowSeconds = 5;

    public static string Label(int index) => index == LowerBounds.Count - 1
        ? $">{LowerBounds[index]:0} s"
        : $"{LowerBounds[index]:0}–{LowerBounds[index + 1]:0} s" + (index == 0 ? " 短时放弃 short" : "");

    /// <summary>The upper bound of a bucket (exclusive), null for the last.</summary>
    public static double? UpperBound(int index) => index == LowerBounds.Count - 1 ? null : LowerBounds[index + 1];
}
