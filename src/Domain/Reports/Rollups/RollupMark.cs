namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// How far <see cref="HourlyRollup"/> has folded one source table (table <c>report_rollup_marks</c>): every row with an
/// id up to <see cref="FoldedId"/> is in the hourly tables; reports read the rows after it from the source itself.
/// <see cref="SeenId"/> is the highest id a pass saw at <see cref="SeenAt"/> (see <see cref="HourlyRollup"/> for why
/// PostgreSQL folds only up to an id noted long enough ago).
/// </summary>
public sealed class RollupMark
{
    /// <summary>The source table's name (<c>queue_events</c>, <c>call_records</c>).</summary>
    public string Source { get; set; } = "";

    public long FoldedId { get; set; }

    public long SeenId { get; set; }

    /// <summary>When <see cref="SeenId"/> was noted (UTC); null before the first.</summary>
    public DateTime? SeenAt { get; set; }

    /// <summary>When the last pass ended (UTC).</summary>
    public DateTime UpdatedAt { get; set; }
}
