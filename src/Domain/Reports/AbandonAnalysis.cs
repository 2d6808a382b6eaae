namespace CallCenter.Domain.Reports;

/// <summary>The abandon report's three views and its totals row (queue "").</summary>
public sealed record AbandonAnalysis(
    IReadOnlyList<AbandonBucketRow> ByWait,
    IReadOnlyList<AbandonQueueRow> ByQueue,
    IReadOnlyList<AbandonHourRow> ByHour,
    AbandonQueueRow Totals);
