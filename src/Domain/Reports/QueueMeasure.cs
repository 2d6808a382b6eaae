namespace CallCenter.Domain.Reports;

/// <summary>The countable cells of a queue report row, for drill-down. The within-threshold cells of the totals row are not (each queue has its own T).</summary>
public enum QueueMeasure
{
    Offered,
    Answered,
    Abandoned,
    Overflowed,
    AnsweredWithinThreshold,
    AbandonedWithinThreshold,
}
