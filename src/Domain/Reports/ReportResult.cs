namespace CallCenter.Domain.Reports;

/// <summary>A report's table: its rows in display order and one totals row computed over the same data (not a sum of rounded rows).</summary>
public sealed record ReportResult<TRow>(IReadOnlyList<TRow> Rows, TRow Totals);
